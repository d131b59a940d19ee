import { describe, expect, it } from 'vitest';
import { crc32, readZip, writeZip } from './zip';

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('round-trips entries, including ones written in chunks', async () => {
    const enc = new TextEncoder();
    const zip = await writeZip([
      { name: 'a.txt', data: enc.encode('hello') },
      { name: 'dir/b.xml', data: [enc.encode('<a>'), enc.encode('ü</a>')] },
    ]);
    expect(String.fromCharCode(zip[0] ?? 0, zip[1] ?? 0)).toBe('PK');
    const entries = await readZip(zip);
    const dec = new TextDecoder();
    expect(entries.map((e) => [e.name, dec.decode(e.data)])).toEqual([
      ['a.txt', 'hello'],
      ['dir/b.xml', '<a>ü</a>'],
    ]);
  });
});
