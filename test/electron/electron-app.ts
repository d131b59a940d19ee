import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Electron's executable if the electron package has downloaded it, else why not. */
function findBinary(): { path: string } | { reason: string } {
  const dir = join(root, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(dir)) return { reason: 'the electron package is not installed' };
  if (!existsSync(pathFile))
    return {
      reason:
        "Electron's binary is not downloaded (node_modules/electron/path.txt is missing; run `node node_modules/electron/install.js` where its download host is reachable)",
    };
  const path = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(path)) return { reason: `Electron's binary is missing at ${path}` };
  if (!existsSync(join(root, 'dist-electron', 'main.cjs')))
    return { reason: 'the shell is not built (npm run build:electron)' };
  return { path };
}

const found = findBinary();
export const electronBinary = 'path' in found ? found.path : null;
export const skipReason = 'reason' in found ? `Electron launch tests skipped: ${found.reason}` : '';
if (skipReason) console.log(skipReason);

/** A fresh user-data folder per test (the app's PARTNER_REWARDS_USER_DATA). */
export function freshUserData(name: string): string {
  return mkdtempSync(join(tmpdir(), `pr-electron-${name}-`));
}

export function appEnv(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, PARTNER_REWARDS_USER_DATA: userData };
}

export async function launchApp(
  userData: string,
  extraArgs: string[] = [],
): Promise<{ app: ElectronApplication; page: Page }> {
  if (!electronBinary) throw new Error(skipReason);
  const app = await _electron.launch({
    executablePath: electronBinary,
    args: [root, ...extraArgs],
    env: appEnv(userData),
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}
