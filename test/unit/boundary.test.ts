import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The dependency boundary is a lint rule; prove it actually fires on shared/. */
// The first lint loads the whole ESLint config (typescript-eslint): slow on a busy machine.
describe('shared/ boundary lint rule', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: root });

  it.each([
    ["import fs from 'node:fs';", 'no-restricted-imports'],
    ["import { readFile } from 'fs';", 'no-restricted-imports'],
    ["import React from 'react';", 'no-restricted-imports'],
    ["import Dexie from 'dexie';", 'no-restricted-imports'],
    ["import { app } from 'electron';", 'no-restricted-imports'],
    ["import { db } from '../renderer/db';", 'no-restricted-imports'],
    ["import { start } from '../../server/app';", 'no-restricted-imports'],
    ['export const now = Date.now();', 'no-restricted-syntax'],
    ['export const today = new Date();', 'no-restricted-syntax'],
  ])('rejects %s', async (code, rule) => {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}/shared/probe.ts` });
    expect(result?.messages.map((m) => m.ruleId)).toContain(rule);
  });

  it('allows pure imports inside shared/', async () => {
    const [result] = await eslint.lintText(
      "import { z } from 'zod';\nexport const s = z.string();\n",
      { filePath: `${root}/shared/probe.ts` },
    );
    expect(result?.messages).toEqual([]);
  });
});

describe('server/ boundary lint rule', () => {
  const eslint = new ESLint({ cwd: root });

  it.each([
    "import { db } from '../../renderer/db/index';",
    "import { app } from 'electron';",
    "import React from 'react';",
    "import Dexie from 'dexie';",
  ])('rejects %s', async (code) => {
    const [result] = await eslint.lintText(`${code}\n`, {
      filePath: `${root}/server/src/probe.ts`,
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });

  it('allows shared/ and Node modules', async () => {
    const [result] = await eslint.lintText(
      "import { createHash } from 'node:crypto';\nimport { MUTATION_NAMES } from '../../shared/index';\nexport const x = [createHash, MUTATION_NAMES];\n",
      { filePath: `${root}/server/src/probe.ts` },
    );
    expect(result?.messages).toEqual([]);
  });
});

describe('electron/ and renderer/ boundary lint rules', { timeout: 60_000 }, () => {
  const eslint = new ESLint({ cwd: root });
  const rules = async (code: string, file: string) => {
    const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}/${file}` });
    return result?.messages.map((m) => m.ruleId) ?? [];
  };

  it.each([
    "import { platform } from '../renderer/platform/index';",
    "import { db } from '../../renderer/db/database';",
    "import { start } from '../server/app';",
  ])('electron/ rejects %s', async (code) => {
    expect(await rules(code, 'electron/main/probe.ts')).toContain('no-restricted-imports');
  });

  it('electron/ may import shared/ and electron', async () => {
    expect(
      await rules(
        "import { app } from 'electron';\nimport { IPC_CHANNELS } from '../../shared/ipc';\nexport const x = [app, IPC_CHANNELS];",
        'electron/main/probe.ts',
      ),
    ).toEqual([]);
  });

  it.each([
    "import { ipcRenderer } from 'electron';",
    "import { isAppUrl } from '../../electron/policy/origin';",
  ])('renderer/ rejects %s', async (code) => {
    expect(await rules(code, 'renderer/features/probe.ts')).toContain('no-restricted-imports');
  });
});
