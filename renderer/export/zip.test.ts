import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip, writeZip } from './zip';

const enc = new TextEncoder();
const dec = new TextDecoder();

describe('zip', () => {
  it('round-trips entries, including ones written in chunks through native deflate', async () => {
    const zip = await writeZip([
      { name: 'a.txt', data: enc.encode('hello') },
      { name: 'dir/b.xml', data: [enc.encode('<a>'), enc.encode('ü</a>')] },
      { name: 'empty.xml', data: [] },
    ]);
    expect(String.fromCharCode(zip[0] ?? 0, zip[1] ?? 0)).toBe('PK');
    expect(readZip(zip).map((e) => [e.name, dec.decode(e.data)])).toEqual([
      ['a.txt', 'hello'],
      ['dir/b.xml', '<a>ü</a>'],
      ['empty.xml', ''],
    ]);
  });

  it('writes a large chunked entry that an independent reader accepts (sizes and CRC checked)', async () => {
    const rows = Array.from({ length: 200 }, (_, i) =>
      enc.encode(`<row r="${i}">${'x'.repeat(i % 97)}</row>`.repeat(50)),
    );
    const zip = await writeZip([
      { name: 'xl/worksheets/sheet1.xml', data: rows },
      { name: 'after.txt', data: enc.encode('after') },
    ]);
    const read = unzipSync(zip);
    expect(dec.decode(read['xl/worksheets/sheet1.xml'])).toBe(
      rows.map((r) => dec.decode(r)).join(''),
    );
    expect(dec.decode(read['after.txt'])).toBe('after');
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(() => readZip(enc.encode('not a zip at all, just text'))).toThrow();
  });
});
