import { describe, expect, it } from 'vitest';
import { ensureChromium, type EnsureIo } from './ensure-chromium';
import { planChromium, type ChromiumFacts } from './find-chromium';

const PLAYWRIGHT = '/home/rep/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** A machine with nothing on it: each test adds what it needs. */
function machine(overrides: Partial<ChromiumFacts> & { files?: string[] } = {}): ChromiumFacts {
  const files = new Set(overrides.files ?? []);
  return {
    env: {},
    exists: (path) => files.has(path),
    platform: 'linux',
    uid: 1000,
    linuxDistro: 'debian',
    playwrightChromium: PLAYWRIGHT,
    ...overrides,
  };
}

describe('planChromium: a browser that is there', () => {
  it('CHROMIUM_PATH first, even where a system Chromium exists', () => {
    const plan = planChromium(
      machine({
        env: { CHROMIUM_PATH: '/opt/chrome/chrome' },
        files: ['/opt/chrome/chrome', '/usr/bin/chromium'],
      }),
    );
    expect(plan).toEqual({ action: 'use', path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it('a CHROMIUM_PATH that names no file fails and says so (never another browser silently)', () => {
    const plan = planChromium(
      machine({ env: { CHROMIUM_PATH: '/opt/none' }, files: ['/usr/bin/chromium'] }),
    );
    expect(plan.action).toBe('fail');
    expect(plan.action === 'fail' && plan.message).toContain('CHROMIUM_PATH is set to /opt/none');
  });

  it("the system's Chromium at the usual paths, Debian's first", () => {
    expect(
      planChromium(machine({ files: ['/usr/bin/chromium', '/usr/bin/google-chrome'] })),
    ).toEqual({ action: 'use', path: '/usr/bin/chromium', source: 'system' });
    expect(planChromium(machine({ files: ['/snap/bin/chromium', PLAYWRIGHT] }))).toEqual({
      action: 'use',
      path: '/snap/bin/chromium',
      source: 'system',
    });
    expect(planChromium(machine({ files: ['/usr/bin/google-chrome-stable'] }))).toMatchObject({
      path: '/usr/bin/google-chrome-stable',
    });
  });

  it("Playwright's downloaded Chromium where the system has none", () => {
    expect(planChromium(machine({ files: [PLAYWRIGHT] }))).toEqual({
      action: 'use',
      path: PLAYWRIGHT,
      source: 'Playwright',
    });
  });

  it('macOS and Windows: Chromium or Chrome where their installers put it', () => {
    expect(
      planChromium(
        machine({
          platform: 'darwin',
          linuxDistro: null,
          files: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
        }),
      ),
    ).toMatchObject({ action: 'use', source: 'system' });
    expect(
      planChromium(
        machine({
          platform: 'win32',
          uid: undefined,
          linuxDistro: null,
          programFiles: ['C:\\Program Files'],
          files: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
        }),
      ),
    ).toEqual({
      action: 'use',
      path: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      source: 'system',
    });
  });
});

describe('planChromium: none there', () => {
  it("root on Debian: Debian's package first, then Playwright's installer", () => {
    const plan = planChromium(machine({ uid: 0 }));
    expect(plan.action).toBe('install');
    if (plan.action !== 'install') return;
    expect(plan.steps.map((s) => s.kind)).toEqual(['apt', 'playwright']);
    expect(plan.steps[0]?.commands).toEqual([
      ['apt-get', 'update', '-qq'],
      ['apt-get', 'install', '-y', '-qq', 'chromium'],
    ]);
    expect(plan.looked).toContain('/usr/bin/chromium');
    expect(plan.looked).toContain(PLAYWRIGHT);
  });

  it("not root on Debian: Playwright's installer only, and the instruction names sudo apt-get", () => {
    const plan = planChromium(machine({ uid: 1000 }));
    expect(plan).toMatchObject({ action: 'install' });
    if (plan.action !== 'install') return;
    expect(plan.steps.map((s) => s.kind)).toEqual(['playwright']);
    expect(plan.steps[0]?.commands).toEqual([
      ['npx', '--no-install', 'playwright', 'install', 'chromium'],
    ]);
    expect(plan.instruction).toContain('sudo apt-get install -y chromium');
    expect(plan.instruction).toContain('CHROMIUM_PATH');
  });

  it('root on another Linux (Ubuntu, whose chromium package is a snap): no apt, Playwright only', () => {
    const plan = planChromium(machine({ uid: 0, linuxDistro: 'ubuntu' }));
    expect(plan.action === 'install' && plan.steps.map((s) => s.kind)).toEqual(['playwright']);
    expect(plan.action === 'install' && plan.instruction).toContain('package manager');
  });

  it("macOS and Windows: Playwright's installer, then a one-line instruction", () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const plan = planChromium(
        machine({ platform, uid: platform === 'win32' ? undefined : 0, linuxDistro: null }),
      );
      expect(plan.action === 'install' && plan.steps.map((s) => s.kind)).toEqual(['playwright']);
      expect(plan.action === 'install' && plan.instruction).toMatch(
        /^No Chromium for the browser tests: [^\n]+$/,
      );
    }
  });

  it('CHROMIUM_NO_INSTALL: installs nothing, only says what to do', () => {
    const plan = planChromium(machine({ uid: 0, env: { CHROMIUM_NO_INSTALL: '1' } }));
    expect(plan).toMatchObject({ action: 'install', steps: [] });
  });
});

describe('ensureChromium: carrying the plan out (fake machine, nothing installed for real)', () => {
  function fakeIo(
    start: Partial<ChromiumFacts> & { files?: string[] },
    installs: Record<string, string | null>,
  ) {
    const files = [...(start.files ?? [])];
    const ran: string[] = [];
    const out: string[] = [];
    const io: EnsureIo = {
      facts: () => machine({ ...start, files }),
      run: (command) => {
        const line = command.join(' ');
        ran.push(line);
        if (!(line in installs)) return true; // e.g. apt-get update
        const file = installs[line];
        if (file) files.push(file);
        return file !== null;
      },
      version: (path) => (files.includes(path) ? `Chromium 140 (${path})` : null),
      log: (line) => out.push(line),
      error: (line) => out.push(`ERROR ${line}`),
    };
    return { io, ran, out };
  }

  it('a browser that is there: says which, installs nothing', () => {
    const { io, ran, out } = fakeIo({ files: ['/usr/bin/chromium'] }, {});
    expect(ensureChromium(io)).toBe(0);
    expect(ran).toEqual([]);
    expect(out).toEqual([
      'Browser tests will use Chromium 140 (/usr/bin/chromium) at /usr/bin/chromium (system).',
    ]);
  });

  it("root on Debian with none: says what it does, apt-get installs Debian's chromium, and it is used", () => {
    const { io, ran, out } = fakeIo(
      { uid: 0 },
      { 'apt-get install -y -qq chromium': '/usr/bin/chromium' },
    );
    expect(ensureChromium(io)).toBe(0);
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium']);
    expect(out[0]).toMatch(/^No Chromium found for the browser tests \(looked at: /);
    expect(out[1]).toBe(
      "Installing one: installing Debian's chromium package (running as root on Debian)…",
    );
    expect(out.at(-1)).toContain('at /usr/bin/chromium (system).');
  });

  it("apt fails (no mirror): Playwright's installer next; its browser is used", () => {
    const { io, ran } = fakeIo(
      { uid: 0 },
      {
        'apt-get install -y -qq chromium': null,
        'npx --no-install playwright install chromium': PLAYWRIGHT,
      },
    );
    expect(ensureChromium(io)).toBe(0);
    expect(ran).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq chromium',
      'npx --no-install playwright install chromium',
    ]);
  });

  it('every way fails: the one-line instruction and a failing exit code', () => {
    const { io, out } = fakeIo(
      { uid: 1000 },
      { 'npx --no-install playwright install chromium': null },
    );
    expect(ensureChromium(io)).toBe(1);
    expect(out.at(-1)).toMatch(
      /^ERROR No Chromium for the browser tests: install it with "sudo apt-get install -y chromium"/,
    );
  });

  it('a browser that is there but does not start fails clearly', () => {
    const { io, out } = fakeIo({ files: ['/usr/bin/chromium'] }, {});
    const broken: EnsureIo = { ...io, version: () => null };
    expect(ensureChromium(broken)).toBe(1);
    expect(out.at(-1)).toContain('does not start');
  });
});
