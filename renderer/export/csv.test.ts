import { describe, expect, it } from 'vitest';
import { CSV_STYLES, csvCell, csvStyleFor, neutraliseFormula, sheetCsvBytes, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks and ends lines with CRLF', () => {
    expect(
      toCsv(
        [
          ['a', 'b,c'],
          ['say "hi"', 'two\nlines'],
        ],
        { bom: false },
      ),
    ).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('starts with a BOM by default so Excel reads UTF-8', () => {
    expect(toCsv([['Zoë']]).startsWith('\uFEFFZoë')).toBe(true);
  });

  it.each(['=1+1', '+49 30', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('keeps ordinary text and numbers (also negative ones) as they are', () => {
    expect(csvCell('Contoso')).toBe('Contoso');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('quotes a neutralised cell that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('follows the language: ";" and a decimal comma in de/fr/es/it/pl, "," and a point in en/zh-CN', () => {
    expect(['de', 'fr', 'es', 'it', 'pl'].map(csvStyleFor)).toEqual(Array(5).fill('semicolon'));
    expect(['en', 'zh-CN'].map(csvStyleFor)).toEqual(['comma', 'comma']);
  });

  it('quotes a text holding the delimiter in use, and writes decimals with its mark', () => {
    expect(csvCell('a;b', CSV_STYLES.semicolon)).toBe('"a;b"');
    expect(csvCell('a,b', CSV_STYLES.semicolon)).toBe('a,b');
    expect(csvCell(-12.5, CSV_STYLES.semicolon)).toBe('-12,5');
  });

  it('writes a sheet with a BOM, its headers, money in units and the totals row', () => {
    const bytes = sheetCsvBytes(
      {
        name: 'Team',
        columns: [
          { header: 'Rep', kind: 'text' },
          { header: 'Paid (USD)', kind: 'money', currency: 'USD' },
          { header: 'Claims', kind: 'integer' },
        ],
        rows: [
          ['Ana; Jr.', 22_550, 2],
          ['-Ben', -1_000, 1],
        ],
        totalsLabel: 'Summe',
      },
      CSV_STYLES.semicolon,
    );
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFRep;Paid (USD);Claims\r\n"Ana; Jr.";225,50;2\r\n\'-Ben;-10,00;1\r\nSumme;215,50;3\r\n',
    );
  });
});
