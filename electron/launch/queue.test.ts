import { describe, expect, it } from 'vitest';
import { LaunchQueue } from './queue';

describe('LaunchQueue', () => {
  it('keeps intents until taken, delivers each once, announces each arrival', () => {
    let announced = 0;
    const queue = new LaunchQueue(() => announced++);
    queue.push({ kind: 'route', route: 'claims' });
    queue.push({ kind: 'import', file: { name: 'a.csv', bytes: new Uint8Array([1]) } });
    expect(announced).toBe(2);
    expect(queue.take()).toHaveLength(2);
    expect(queue.take()).toEqual([]);
  });
});
