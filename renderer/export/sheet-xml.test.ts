import { describe, expect, it } from 'vitest';
import { columnLetter, escapeXml, rowWriter, splitSheet, styleIdsOfRow } from './sheet-xml';

describe('sheet xml', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  it('writes typed cells with their column style and skips empty ones', () => {
    const write = rowWriter(
      ['date', 'text', 'amount', 'integer'],
      ['5', undefined, '6', undefined],
    );
    expect(write(2, ['2026-11-25', '=SUM(A1)', 774_500, null])).toBe(
      '<row r="2"><c r="A2" s="5"><v>46351</v></c>' +
        '<c r="B2" t="inlineStr"><is><t>=SUM(A1)</t></is></c>' +
        '<c r="C2" s="6"><v>7745</v></c></row>',
    );
  });

  it('reads the sample row styles and splits the sheet around the data rows', () => {
    const xml =
      '<worksheet><dimension ref="A1:B2"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
      '<row r="2" spans="1:2"><c r="A2" s="3"><v>1</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData></worksheet>';
    expect(styleIdsOfRow(xml, 2, 2)).toEqual(['3', undefined]);
    const { head, tail } = splitSheet(xml, 2, 100_001, 2);
    expect(head).toContain('<dimension ref="A1:B100001"/>');
    expect(head.endsWith('</row>')).toBe(true);
    expect(tail).toBe('</sheetData></worksheet>');
  });
});
