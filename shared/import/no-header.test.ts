import { describe, expect, it } from 'vitest';
import { parseDistributorFile } from './index';

const text = (s: string) => new TextEncoder().encode(s);

describe('a text file without a recognisable header', () => {
  it('says how many rows it has and which column names were read', async () => {
    const result = await parseDistributorFile(text('Foo,Bar,Baz\n1,2,3\n4,5,6\n'));
    expect(result.fileError?.code).toBe('no_header');
    // Two rows under the row offered as the header, not "0 data rows" at "header row 0".
    expect(result.detected).toMatchObject({
      headerRow: 1,
      headers: ['Foo', 'Bar', 'Baz'],
      totalRows: 2,
      mapping: {},
    });
    expect(result.fileError?.reason).toContain('Row 1 reads "Foo", "Bar", "Baz"');
    expect(result.fileError?.reason).toContain('no column name is recognised');
    expect(result.fileError?.reason).toContain('2 data rows');
  });

  it('names the one column it recognised, on the row that has it', async () => {
    const result = await parseDistributorFile(text('Weekly report\nArtikel,Foo,Bar\nA1,1,2\n'));
    expect(result.fileError?.code).toBe('no_header');
    expect(result.detected).toMatchObject({ headerRow: 2, totalRows: 1, mapping: { sku: 0 } });
    expect(result.fileError?.reason).toContain('recognised: SKU (column 1)');
    expect(result.fileError?.reason).toContain('1 data row.');
  });
});
