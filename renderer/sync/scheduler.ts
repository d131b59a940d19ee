import { backoffDelay } from './backoff';
import type { RunResult } from './engine';
import type { RunExclusive } from './lock';

export type Trigger = 'start' | 'online' | 'timer' | 'now';

export interface SchedulerDeps {
  /** One sync run (syncOnce with the app's database and transport). */
  readonly run: () => Promise<RunResult>;
  readonly lock: RunExclusive;
  /** The lock's name: one per database, so two users' databases never wait on each other. */
  readonly lockName: string;
  readonly random: () => number;
  readonly setTimer: (fn: () => void, ms: number) => unknown;
  readonly clearTimer: (handle: unknown) => void;
  /** Subscribes to "the network is back"; returns the unsubscribe. */
  readonly onOnline: (fn: () => void) => () => void;
  readonly intervalMs?: number;
  /** Told after every run (and 'busy' when another window ran it). */
  readonly onRun?: (result: RunResult | 'busy', trigger: Trigger) => void;
}

/**
 * When the engine runs: on start, when the network comes back, on a timer, and on demand. One run
 * at a time (a run asked for during a run happens once, right after it); after a failure the
 * next try waits with exponential backoff and jitter; signed out or a demo database: no timer
 * (a sign-in or "Sync now" starts again). Every run yields to the event loop between its awaits,
 * so the UI is never blocked by it.
 */
export class SyncScheduler {
  private failures = 0;
  private timer: unknown = undefined;
  private running: Promise<void> | null = null;
  private again: Trigger | null = null;
  private stopped = true;
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unsubscribe = this.deps.onOnline(() => void this.trigger('online'));
    void this.trigger('start');
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.clear();
  }

  /** "Sync now": forgets the backoff and runs at once (or right after the current run). */
  syncNow(): Promise<void> {
    this.failures = 0;
    return this.trigger('now');
  }

  /** Resolves when the run this trigger caused (or joined) has finished. */
  trigger(reason: Trigger): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = this.again === 'now' ? 'now' : reason;
      return this.running;
    }
    this.clear();
    this.running = this.runOnce(reason).finally(() => {
      this.running = null;
      const next = this.again;
      this.again = null;
      if (next && !this.stopped) void this.trigger(next);
    });
    return this.running;
  }

  private async runOnce(reason: Trigger): Promise<void> {
    let result: RunResult | 'busy';
    try {
      result = await this.deps.lock(this.deps.lockName, this.deps.run);
    } catch (error) {
      result = {
        ok: false,
        error: {
          kind: 'internal',
          message: error instanceof Error ? error.message : String(error),
        },
      };
    }
    this.deps.onRun?.(result, reason);
    if (this.stopped) return;
    const interval = this.deps.intervalMs ?? 5 * 60_000;
    if (result === 'busy' || result.ok) {
      this.failures = 0;
      this.schedule(interval);
    } else if (result.error.kind !== 'signedOut' && result.error.kind !== 'demo') {
      this.failures += 1;
      this.schedule(backoffDelay(this.failures, this.deps.random));
    }
  }

  private schedule(ms: number): void {
    this.clear();
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      void this.trigger('timer');
    }, ms);
  }

  private clear(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
  }
}
