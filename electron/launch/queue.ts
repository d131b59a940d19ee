import type { LaunchIntent } from '../../shared/ipc';

/**
 * Intents (deep links, files, notification clicks) wait here until the renderer takes them, so
 * one that arrives before the window has loaded is not lost and none is delivered twice.
 */
export class LaunchQueue {
  private pending: LaunchIntent[] = [];

  constructor(private readonly announce: () => void) {}

  push(intent: LaunchIntent): void {
    this.pending.push(intent);
    this.announce();
  }

  take(): LaunchIntent[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }
}
