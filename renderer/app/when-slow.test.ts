import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSlow } from './when-slow';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('whenSlow', () => {
  it('shows the status when the work is still running after the delay', async () => {
    const show = vi.fn();
    whenSlow(new Promise(() => undefined), 300, show);
    await vi.advanceTimersByTimeAsync(299);
    expect(show).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('stays quiet when the work finished (or failed) in time', async () => {
    const show = vi.fn();
    whenSlow(Promise.resolve(), 300, show);
    whenSlow(Promise.reject(new Error('no database')), 300, show);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(show).not.toHaveBeenCalled();
  });
});
