import { unzipSync } from 'fflate';
import { crc32, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipBody, readZip, writeZip } from './zip';

/** Name → CRC-32 as the archive's central directory records it. */
function centralCrcs(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const crcs = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    crcs.set(name, view.getUint32(at + 16, true));
  }
  return crcs;
}

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
    // fflate does not check CRCs on reading; Excel does. Node's zlib computes them apart.
    const whole = Buffer.concat(rows);
    expect(centralCrcs(zip).get('xl/worksheets/sheet1.xml')).toBe(crc32(whole));
    expect(centralCrcs(zip).get('after.txt')).toBe(crc32('after'));
  });

  it('takes the deflate body and trailer out of gzip however its bytes are split', () => {
    const raw = enc.encode('<row>'.repeat(300) + 'ü');
    const gzip = gzipSync(raw);
    for (const size of [1, 3, 7, 8, 9, 11, 64, gzip.length]) {
      const body: number[] = [];
      const split = new GzipBody((part) => body.push(...part));
      for (let at = 0; at < gzip.length; at += size) split.push(gzip.subarray(at, at + size));
      expect(split.end()).toEqual({ crc: crc32(raw), size: raw.length });
      expect(Uint8Array.from(body)).toEqual(Uint8Array.from(gzip.subarray(10, gzip.length - 8)));
    }
  });

  it('refuses a gzip stream with a header it does not expect, or cut short', () => {
    const named = gzipSync(enc.encode('x'));
    named[3] = 8; // FNAME
    expect(() => new GzipBody(() => undefined).push(named)).toThrow(/gzip header/);
    const cut = new GzipBody(() => undefined);
    cut.push(gzipSync(enc.encode('x')).subarray(0, 12));
    expect(() => cut.end()).toThrow(/ended early/);
  });

  it('refuses bytes that are not a zip archive', () => {
    expect(() => readZip(enc.encode('not a zip at all, just text'))).toThrow();
  });
});
