import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/** The web build the e2e tests run against (playwright.config.ts serves the same folder). */
const ASSETS = join(resolve(process.env.APP_DIST ?? 'dist/web'), 'assets');

test('exceljs is in the build once, shared by the export and import workers', async () => {
  const files = (await readdir(ASSETS)).filter((f) => f.endsWith('.js'));
  const texts = new Map(
    await Promise.all(
      files.map(async (f) => [f, await readFile(join(ASSETS, f), 'utf8')] as const),
    ),
  );
  const copies = [...texts].filter(([, text]) => text.includes('/*! ExcelJS')).map(([f]) => f);
  expect(copies).toHaveLength(1);
  const [copy] = copies;
  const users = [...texts].filter(([, text]) => copy && text.includes(copy)).map(([f]) => f);
  expect(users.some((f) => f.startsWith('xlsx-worker-'))).toBe(true);
  expect(users.some((f) => f.startsWith('worker-'))).toBe(true);
});
