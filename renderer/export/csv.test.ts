import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, toCsv } from './csv';

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
});
