import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its browsers here; it drives Debian's Chromium. These flags keep a
 * headless Chromium from reaching for the network at start (the machines have none) and let it
 * run as root in CI.
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

export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error(
      `No Chromium found (tried ${candidates.join(', ')}). Install it: apt-get install -y chromium`,
    );
  return found;
}
