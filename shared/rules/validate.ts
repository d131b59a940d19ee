import type { z } from 'zod';
import { InputError } from '../errors';
import {
  RuleVersionSchema,
  SCHEMA_BY_PROGRAM,
  type Program,
  type RuleVersion,
  type RulesByProgram,
} from './schemas';

// Rule objects are immutable data; once one has passed its schema it need not be checked again,
// which keeps per-keystroke recomputation (the deal planner) cheap.
const checked = new WeakSet<object>();

function fieldOf(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    prefix,
  );
}

function raise(prefix: string, error: z.ZodError): never {
  const issue = error.issues[0];
  const field = issue ? fieldOf(prefix, issue.path) : prefix;
  throw new InputError(
    'bad_rules',
    field,
    issue ? issue.message : 'rules do not match their schema',
  );
}

/** Checks rules of one program against its schema; throws an InputError naming the bad field. */
export function checkRules<P extends Program>(
  program: P,
  rules: unknown,
  prefix = 'rules',
): RulesByProgram[P] {
  if (typeof rules === 'object' && rules !== null && checked.has(rules))
    return rules as RulesByProgram[P];
  const schema = SCHEMA_BY_PROGRAM[program];
  const result = schema.safeParse(rules);
  if (!result.success) raise(prefix, result.error);
  checked.add(rules as object);
  return rules as RulesByProgram[P];
}

/** Parses any rule version (e.g. from a file or the server); throws an InputError naming the bad field. */
export function parseRuleVersion(data: unknown, prefix = 'rules'): RuleVersion {
  if (typeof data !== 'object' || data === null || !('program' in data)) {
    throw new InputError(
      'bad_rules',
      `${prefix}.program`,
      'a rule version must say which program it is for',
    );
  }
  const program = (data as { program: unknown }).program;
  if (typeof program !== 'string' || !(program in SCHEMA_BY_PROGRAM)) {
    throw new InputError(
      'bad_rules',
      `${prefix}.program`,
      `unknown program ${JSON.stringify(program)}`,
    );
  }
  const result = RuleVersionSchema.safeParse(data);
  if (!result.success) {
    // Re-check against the program's own schema so the error names the field, not the union.
    checkRules(program as Program, data, prefix);
  }
  return checkRules(program as Program, data, prefix);
}
