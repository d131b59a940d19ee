import { existsSync, readFileSync, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { planChromium, type ChromiumFacts } from './find-chromium';

/**
 * Playwright cannot download its browsers on the project's machines; it drives the system's
 * Chromium there. These flags keep a headless Chromium from reaching for the network at start
 * (the machines have none) and let it run as root in CI.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

function linuxDistro(): string | null {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^ID="?([^"\n]+)"?$/m.exec(release)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** What this machine has, for planChromium. */
export function chromiumFacts(): ChromiumFacts {
  return {
    env: process.env,
    exists: (path) => existsSync(path) && statSync(path).isFile(),
    platform: process.platform,
    uid: process.getuid?.(),
    linuxDistro: process.platform === 'linux' ? linuxDistro() : null,
    playwrightChromium: chromium.executablePath(),
    programFiles: [
      process.env.PROGRAMFILES,
      process.env['PROGRAMFILES(X86)'],
      process.env.LOCALAPPDATA,
    ].filter((dir): dir is string => !!dir),
  };
}

/** The Chromium the tests and benchmarks launch (CHROMIUM_PATH, the system's, Playwright's). */
export function chromiumPath(): string {
  const plan = planChromium(chromiumFacts());
  if (plan.action === 'use') return plan.path;
  if (plan.action === 'fail') throw new Error(plan.message);
  throw new Error(`${plan.instruction} (npm test installs one where it can.)`);
}
