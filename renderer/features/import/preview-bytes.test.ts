import { describe, expect, it } from 'vitest';
import { previewBytes } from './preview-bytes';

const text = (s: string) => new TextEncoder().encode(s);

describe('previewBytes', () => {
  it('keeps small files whole', () => {
    const bytes = text('a,b\n1,2\n');
    expect(previewBytes(bytes, 'f.csv', 100, 10)).toEqual({ bytes, partial: false });
  });

  it('cuts large files at the last line break inside the sample', () => {
    const bytes = text('h1,h2\n1,2\n3,4\n5,6\n');
    const out = previewBytes(bytes, 'f.csv', 10, 12);
    expect(out.partial).toBe(true);
    expect(new TextDecoder().decode(out.bytes)).toBe('h1,h2\n1,2\n');
  });

  it('keeps UTF-16LE on a character boundary', () => {
    const body = 'a\nb\nc\n';
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    [...body].forEach((ch, i) => (bytes[2 + i * 2] = ch.charCodeAt(0)));
    const out = previewBytes(bytes, 'f.txt', 4, 9);
    expect(out.bytes.length % 2).toBe(0);
    expect(new TextDecoder('utf-16le').decode(out.bytes.subarray(2))).toBe('a\nb\n');
  });

  it('never cuts a workbook', () => {
    const bytes = new Uint8Array(50).fill(1);
    bytes[0] = 0x50;
    bytes[1] = 0x4b;
    expect(previewBytes(bytes, 'f.xlsx', 10, 5).partial).toBe(false);
  });
});
