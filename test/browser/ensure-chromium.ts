/**
 * First step of `npm test`: makes sure the browser tests have a Chromium before the long run.
 * Uses CHROMIUM_PATH, else the system's Chromium, else Playwright's downloaded one; where there
 * is none it installs one (Debian's package as root on Debian, else Playwright's installer),
 * saying what it does, and otherwise fails with one line saying what to do.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { chromiumFacts } from './chromium';
import { planChromium, type ChromiumFacts, type InstallStep } from './find-chromium';

const DESCRIBE: Record<InstallStep['kind'], string> = {
  apt: "installing Debian's chromium package (running as root on Debian)",
  playwright: "downloading Playwright's Chromium (into Playwright's browser folder)",
};

export interface EnsureIo {
  /** Reads the machine anew (after an install step it has changed). */
  readonly facts: () => ChromiumFacts;
  /** Runs one command, output to the terminal; true when it succeeded. */
  readonly run: (command: readonly string[]) => boolean;
  /** The browser's `--version` line, or null when it does not start. */
  readonly version: (path: string) => string | null;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

/** Carries out planChromium's plan; returns the process exit code. */
export function ensureChromium(io: EnsureIo): number {
  const use = (path: string, source: string): number => {
    const running = io.version(path);
    if (!running) {
      io.error(
        `Chromium at ${path} (${source}) does not start ("--version" failed): reinstall it, or set CHROMIUM_PATH to another Chromium or Chrome executable.`,
      );
      return 1;
    }
    io.log(`Browser tests will use ${running} at ${path} (${source}).`);
    return 0;
  };
  const plan = planChromium(io.facts());
  if (plan.action === 'use') return use(plan.path, plan.source);
  if (plan.action === 'fail') {
    io.error(plan.message);
    return 1;
  }
  io.log(`No Chromium found for the browser tests (looked at: ${plan.looked.join(', ')}).`);
  for (const [index, step] of plan.steps.entries()) {
    io.log(`Installing one: ${DESCRIBE[step.kind]}…`);
    if (step.commands.every((command) => io.run(command))) {
      const after = planChromium(io.facts());
      if (after.action === 'use') return use(after.path, after.source);
    }
    const next = index < plan.steps.length - 1 ? 'trying the next way' : 'no other way left';
    io.log(`  That gave no usable Chromium; ${next}.`);
  }
  io.error(plan.instruction);
  return 1;
}

const systemIo: EnsureIo = {
  facts: chromiumFacts,
  run(command) {
    const [program, ...args] = command as [string, ...string[]];
    console.log(`  $ ${command.join(' ')}`);
    const result = spawnSync(program, args, {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 15 * 60 * 1000,
    });
    return result.status === 0;
  },
  version(path) {
    // A binary can exist and still miss its libraries: it must start.
    const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 60_000 });
    return result.status === 0 ? result.stdout.trim() : null;
  },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = ensureChromium(systemIo);
