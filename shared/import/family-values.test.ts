import { describe, expect, it } from 'vitest';
import { parseDistributorFile } from './index';
import type { CatalogEntry } from './index';

const HEADER = 'Distributor;Partner ID;Invoice No;Line;Date;SKU;Kategorie;Qty;Unit Price;Currency';
const file = (rows: [sku: string, category: string][]): Uint8Array =>
  new TextEncoder().encode(
    [
      HEADER,
      ...rows.map(([sku, category], i) =>
        ['Also', 'P-1', 'R-1', i + 1, '2026-11-03', sku, category, 1, '10,00', 'EUR'].join(';'),
      ),
    ].join('\n'),
  );

const catalog = new Map<string, CatalogEntry>([
  ['5PS7A01498', { family: 'dcg-services', topseller: false }],
]);

describe('family texts that name no family', () => {
  const bytes = file([
    ['SVC-1', 'Dienstleistungen'],
    ['SVC-2', 'dienstleistungen'],
    ['5PS7A01498', 'Dienstleistungen'],
    ['SRV-1', 'Serwis'],
    ['NB-1', 'Notebook'],
  ]);

  it('without a mapping: catalog SKUs resolve, the rest is quarantined naming the value', async () => {
    const result = await parseDistributorFile(bytes, { catalog });
    expect(result.rows.map((r) => [r.sku, r.family])).toEqual([
      ['5PS7A01498', 'dcg-services'],
      ['NB-1', 'notebook'],
    ]);
    expect(result.rejected.map((r) => [r.row, r.code, r.value])).toEqual([
      [2, 'unknown_family', 'Dienstleistungen'],
      [3, 'unknown_family', 'dienstleistungen'],
      [5, 'unknown_family', 'Serwis'],
    ]);
    expect(result.rejected[0]?.reason).toContain(
      '"Dienstleistungen", which names no product family',
    );
    expect(result.rejected[0]?.reason).toContain('Choose a family for "Dienstleistungen"');
    expect(result.detected.unknownFamilies).toEqual([
      { value: 'Dienstleistungen', rows: 3, byCatalog: 1 },
      { value: 'Serwis', rows: 1, byCatalog: 0 },
    ]);
  });

  it("the rep's value mapping applies to every spelling of the value; the catalog still wins", async () => {
    const result = await parseDistributorFile(bytes, {
      catalog,
      familyValues: { DIENSTLEISTUNGEN: 'client-services', Serwis: 'dcg-services' },
    });
    expect(result.rejected).toEqual([]);
    expect(result.rows.map((r) => [r.sku, r.family])).toEqual([
      ['SVC-1', 'client-services'],
      ['SVC-2', 'client-services'],
      ['5PS7A01498', 'dcg-services'],
      ['SRV-1', 'dcg-services'],
      ['NB-1', 'notebook'],
    ]);
    expect(result.detected.unknownFamilies).toEqual([
      { value: 'Dienstleistungen', rows: 3, byCatalog: 1, mapped: 'client-services' },
      { value: 'Serwis', rows: 1, byCatalog: 0, mapped: 'dcg-services' },
    ]);
  });

  it('a known SKU with an unknown category takes the catalog family even without a mapping', async () => {
    const result = await parseDistributorFile(file([['5PS7A01498', 'Services']]), { catalog });
    expect(result.rows[0]?.family).toBe('dcg-services');
  });

  it('only unmapped values stay quarantined', async () => {
    const result = await parseDistributorFile(bytes, {
      catalog,
      familyValues: { Dienstleistungen: 'client-services' },
    });
    expect(result.rejected.map((r) => [r.row, r.value])).toEqual([[5, 'Serwis']]);
  });

  it('a mapping to something that is no family is ignored, not trusted', async () => {
    const result = await parseDistributorFile(bytes, {
      familyValues: { Serwis: 'toaster' as never },
    });
    expect(result.rejected.some((r) => r.value === 'Serwis')).toBe(true);
  });
});
