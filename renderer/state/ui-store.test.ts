import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The store reads the window's query string and localStorage when it loads.
const stored = new Map<string, string>();
beforeAll(() => {
  vi.stubGlobal('window', { location: { search: '?today=2026-11-25' } });
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
  });
  vi.useFakeTimers();
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('toasts', () => {
  it('confirmations go after six seconds; errors stay until dismissed', async () => {
    const { useUi } = await import('./ui-store');
    const { toast, dismissToast } = useUi.getState();
    toast('success', 'Saved.');
    toast('error', 'The file could not be written.');
    expect(useUi.getState().toasts.map((t) => t.kind)).toEqual(['success', 'error']);
    vi.advanceTimersByTime(6_001);
    const left = useUi.getState().toasts;
    expect(left.map((t) => t.text)).toEqual(['The file could not be written.']);
    dismissToast(left[0]?.id ?? -1);
    expect(useUi.getState().toasts).toEqual([]);
  });

  it('shows a repeated message once and keeps at most four', async () => {
    const { useUi } = await import('./ui-store');
    const { toast } = useUi.getState();
    useUi.setState({ toasts: [] });
    toast('error', 'Offline.');
    toast('error', 'Offline.');
    expect(useUi.getState().toasts.map((t) => t.text)).toEqual(['Offline.']);
    for (const n of [1, 2, 3, 4, 5]) toast('error', `Failure ${n}`);
    expect(useUi.getState().toasts.map((t) => t.text)).toEqual([
      'Failure 2',
      'Failure 3',
      'Failure 4',
      'Failure 5',
    ]);
  });

  it("starts on the pinned day's quarter", async () => {
    const { useUi } = await import('./ui-store');
    expect(useUi.getState().quarter).toBe('FY2026-Q3');
  });
});
