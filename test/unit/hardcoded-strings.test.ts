import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../renderer', import.meta.url));
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'aria-description',
  'label',
]);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return path.endsWith('.tsx') && !path.endsWith('.test.tsx') ? [path] : [];
  });
}

/** User-visible text written into JSX instead of going through t(): text nodes and text attributes. */
function hardCoded(path: string, text = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text))
      found.push(`${path}: text "${node.text.trim()}"`);
    if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}{2,}/u.test(node.initializer.text) &&
      !/^https?:\/\/\S*$/.test(node.initializer.text) // a URL scheme as an input hint is not prose
    ) {
      found.push(`${path}: ${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no hard-coded user-visible strings in components', () => {
  const files = tsxFiles(root);

  it('finds the component files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('every text node and text attribute goes through t()', () => {
    expect(files.flatMap((file) => hardCoded(file))).toEqual([]);
  });

  it('the check itself catches a hard-coded string', () => {
    const probe =
      'export const X = () => <button aria-label="Close now" className="x">Save changes{t(\'ok\')}</button>;';
    expect(hardCoded('probe.tsx', probe).sort()).toEqual([
      'probe.tsx: aria-label="Close now"',
      'probe.tsx: text "Save changes"',
    ]);
  });
});
