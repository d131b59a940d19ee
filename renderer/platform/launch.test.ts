import { describe, expect, it } from 'vitest';
import type { DesktopApi, LaunchIntent } from '../../shared/index';
import { followLaunchIntents, offerImport, onImportOffered, takePendingImport } from './launch';

function fakeApi(queue: LaunchIntent[]) {
  let listener: (() => void) | null = null;
  const api = {
    launch: {
      take: async () => queue.splice(0),
      onIntent: (fn: () => void) => {
        listener = fn;
        return () => (listener = null);
      },
    },
  } as unknown as DesktopApi;
  return { api, fire: () => listener?.(), subscribed: () => listener !== null };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('followLaunchIntents', () => {
  it('takes what waited at start, then each later arrival once', async () => {
    const queue: LaunchIntent[] = [{ kind: 'route', route: 'claims' }];
    const { api, fire, subscribed } = fakeApi(queue);
    const seen: string[] = [];
    const stop = followLaunchIntents(api, {
      route: (r) => seen.push(`route:${r}`),
      importFile: (f) => seen.push(`import:${f.name}`),
    });
    await tick();
    queue.push({ kind: 'import', file: { name: 'q3.csv', bytes: new Uint8Array() } });
    fire();
    await tick();
    fire();
    await tick();
    expect(seen).toEqual(['route:claims', 'import:q3.csv']);
    stop();
    expect(subscribed()).toBe(false);
  });
});

describe('pending import', () => {
  it('is handed over once and announced', () => {
    let announced = 0;
    const stop = onImportOffered(() => announced++);
    offerImport({ name: 'a.xlsx', bytes: new Uint8Array([1]) });
    expect(announced).toBe(1);
    expect(takePendingImport()?.name).toBe('a.xlsx');
    expect(takePendingImport()).toBeNull();
    stop();
  });
});
