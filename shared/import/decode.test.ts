import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, detectEncoding } from './index';

const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 255;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};
const swap = (b: Uint8Array): Uint8Array => b.map((_, i) => b[i ^ 1] ?? 0);

describe('detectEncoding / decodeText', () => {
  const text = 'Invoice No;Endkunde\nR-1;Müller Straße\n';
  it('UTF-8 without and with BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(bom)).toEqual({ text, encoding: 'utf-8-bom' });
    expect(detectEncoding(bom)).toBe('utf-8-bom');
  });
  it('UTF-16 LE/BE with BOM and without (by the NUL pattern)', () => {
    const le = utf16le(text);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...le]))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(le)).toEqual({ text, encoding: 'utf-16le' });
    const be = swap(le);
    expect(decodeText(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });
  it('Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = new Uint8Array([...'Caf'].map((c) => c.charCodeAt(0)).concat([0xe9, 0x20, 0x80]));
    expect(decodeText(bytes)).toEqual({ text: 'Café €', encoding: 'windows-1252' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\n1,5;2,5;3,5\n', ';'],
    ['a\tb\tc\n1,5\t2;5\t3\n', '\t'],
    ['a;b\n"x;y;z";2\n', ';'],
    ['"a,b";c;d\n1;2;3\r', ';'],
    ['just one column\nvalue\n', null],
  ] as const)('%j → %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
