/**
 * Which Chromium the browser tests drive, and what to do where there is none. Pure: the caller
 * gathers the facts (environment, files that exist, platform, user id), so every case can be
 * tested with fakes, and `ensure-chromium.ts` carries the plan out.
 */
export interface ChromiumFacts {
  readonly env: { readonly CHROMIUM_PATH?: string; readonly CHROMIUM_NO_INSTALL?: string };
  /** Does this file exist (and is it a file)? */
  readonly exists: (path: string) => boolean;
  readonly platform: NodeJS.Platform;
  /** process.getuid(); undefined on Windows. */
  readonly uid: number | undefined;
  /** `ID` from /etc/os-release ('debian', 'ubuntu', …); null where there is none. */
  readonly linuxDistro: string | null;
  /** Where Playwright keeps the Chromium it downloads (whether or not it is there). */
  readonly playwrightChromium: string;
  /** Environment variables of Windows for its program folders. */
  readonly programFiles?: readonly string[];
}

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'Playwright';

export type InstallStep =
  | { readonly kind: 'apt'; readonly commands: readonly (readonly string[])[] }
  | { readonly kind: 'playwright'; readonly commands: readonly (readonly string[])[] };

export type ChromiumPlan =
  | { readonly action: 'use'; readonly path: string; readonly source: ChromiumSource }
  /** CHROMIUM_PATH names a file that is not there: say so rather than pick another browser. */
  | { readonly action: 'fail'; readonly message: string }
  | {
      readonly action: 'install';
      /** Tried in order until one yields a browser. */
      readonly steps: readonly InstallStep[];
      /** Where every step fails (or there is none): the one line to tell the user. */
      readonly instruction: string;
      readonly looked: readonly string[];
    };

/** Usual places of a system Chromium (or Chrome, which takes the same flags), in order. */
export function systemCandidates(
  platform: NodeJS.Platform,
  programFiles: readonly string[] = [],
): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  if (platform === 'win32')
    return programFiles.flatMap((dir) => [
      `${dir}\\Chromium\\Application\\chrome.exe`,
      `${dir}\\Google\\Chrome\\Application\\chrome.exe`,
    ]);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

const APT: InstallStep = {
  kind: 'apt',
  commands: [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', 'chromium'],
  ],
};
const PLAYWRIGHT: InstallStep = {
  kind: 'playwright',
  commands: [['npx', '--no-install', 'playwright', 'install', 'chromium']],
};

function instruction(facts: ChromiumFacts): string {
  const tail = 'or set CHROMIUM_PATH to a Chromium or Chrome executable, then run npm test again.';
  if (facts.platform === 'linux' && facts.linuxDistro === 'debian')
    return `No Chromium for the browser tests: install it with "sudo apt-get install -y chromium" (or run "npx playwright install chromium"), ${tail}`;
  if (facts.platform === 'linux')
    return `No Chromium for the browser tests: install Chromium with your package manager or run "npx playwright install --with-deps chromium", ${tail}`;
  return `No Chromium for the browser tests: run "npx playwright install chromium" or install Google Chrome, ${tail}`;
}

export function planChromium(facts: ChromiumFacts): ChromiumPlan {
  const fromEnv = facts.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (facts.exists(fromEnv)) return { action: 'use', path: fromEnv, source: 'CHROMIUM_PATH' };
    return {
      action: 'fail',
      message: `CHROMIUM_PATH is set to ${fromEnv}, but there is no such file. Point it at a Chromium or Chrome executable, or unset it to let the tests find or install one.`,
    };
  }
  const system = systemCandidates(facts.platform, facts.programFiles);
  const found = system.find((path) => facts.exists(path));
  if (found) return { action: 'use', path: found, source: 'system' };
  if (facts.exists(facts.playwrightChromium))
    return { action: 'use', path: facts.playwrightChromium, source: 'Playwright' };

  const steps: InstallStep[] = [];
  if (!facts.env.CHROMIUM_NO_INSTALL) {
    // As root on Debian, its own package first: the browser these tests are run with on the
    // project's machines, and a mirror is reachable where Playwright's download host may not be.
    if (facts.platform === 'linux' && facts.linuxDistro === 'debian' && facts.uid === 0)
      steps.push(APT);
    steps.push(PLAYWRIGHT);
  }
  return {
    action: 'install',
    steps,
    instruction: instruction(facts),
    looked: ['CHROMIUM_PATH (not set)', ...system, facts.playwrightChromium],
  };
}
