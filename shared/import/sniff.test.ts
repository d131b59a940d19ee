import { describe, expect, it } from 'vitest';
import { parseDistributorFile, sniffFileKind } from './index';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)),
  );

describe('sniffFileKind: what a file that is no table is', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3], '\n1 0 obj\n')],
    ['image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['image', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
    ['image', bytes('GIF89a', [1, 0, 1, 0])],
    ['image', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['old-office', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['archive', bytes([0x1f, 0x8b, 8, 0, 0, 0])],
    ['zip', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], 'report.csv', [0, 0, 1, 2, 3])],
    ['word', bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], '[Content_Types].xml word/document.xml')],
    [
      'opendocument',
      bytes([0x50, 0x4b, 0x03, 0x04], 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ],
    ['html', bytes('\uFEFF  <!DOCTYPE html><html><table><tr><td>SKU</td></tr></table>')],
    ['html', bytes('<table border=1><tr><td>Invoice No</td></tr></table>')],
  ] as const)('%s', (kind, file) => {
    expect(sniffFileKind(file)).toBe(kind);
  });

  it('leaves text and workbooks to the parser', () => {
    expect(sniffFileKind(bytes('Invoice No,SKU,Qty\n1,A,2\n'))).toBeNull();
    expect(sniffFileKind(bytes('BMW,MZ-1\n'))).toBeNull();
    expect(sniffFileKind(bytes([0xff, 0xfe], 'I\0n\0'))).toBeNull(); // UTF-16 LE text
    expect(sniffFileKind(bytes([0x50, 0x4b, 0x03, 0x04], 'xl/workbook.xml'))).toBeNull();
  });
});

describe('parseDistributorFile says what a non-table file is', () => {
  it('a PDF is a PDF (it used to be a "file without header" at row 0)', async () => {
    const result = await parseDistributorFile(
      bytes('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
      { fileName: 'statement.csv' },
    );
    expect(result.fileError).toMatchObject({ code: 'not_a_table', kind: 'pdf' });
    expect(result.fileError?.reason).toMatch(/PDF document/);
  });

  it('random binary data is binary data', async () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const result = await parseDistributorFile(random, { fileName: 'random-binary.csv' });
    expect(result.fileError).toMatchObject({ code: 'not_a_table', kind: 'binary' });
  });

  it('0 bytes is empty; whitespace only is blank', async () => {
    expect((await parseDistributorFile(new Uint8Array())).fileError).toMatchObject({
      code: 'empty_file',
      kind: 'empty',
    });
    expect((await parseDistributorFile(bytes('\n \r\n'))).fileError).toMatchObject({
      code: 'empty_file',
      kind: 'blank',
    });
  });
});
