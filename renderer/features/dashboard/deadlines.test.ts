import { describe, expect, it } from 'vitest';
import { SPIFF_2017 } from '../../../shared/index';
import { buildDeadlines, pdpCategoryOf, pdpWindows } from './deadlines';

describe('pdpCategoryOf', () => {
  it('maps topseller client systems, servers, storage and options', () => {
    expect(pdpCategoryOf('notebook', true)).toBe('clientSystems');
    expect(pdpCategoryOf('notebook', false)).toBeNull();
    expect(pdpCategoryOf('server', false)).toBe('dcgSystems');
    expect(pdpCategoryOf('storage', true)).toBe('dcgSystems');
    expect(pdpCategoryOf('server-option', false)).toBe('enterpriseOptions');
    expect(pdpCategoryOf('peripheral', true)).toBeNull();
  });
});

describe('pdpWindows', () => {
  it('keeps purchases of the last 30 days, one per invoice and category, soonest first', () => {
    const windows = pdpWindows(
      [
        { invoiceNo: 'A', date: '2026-11-20', family: 'server', topseller: false },
        { invoiceNo: 'A', date: '2026-11-20', family: 'storage', topseller: false },
        { invoiceNo: 'B', date: '2026-10-30', family: 'notebook', topseller: true },
        { invoiceNo: 'C', date: '2026-10-20', family: 'server', topseller: false },
        { invoiceNo: 'D', date: '2026-11-24', family: 'visuals', topseller: true },
        { invoiceNo: 'E', date: '2026-11-26', family: 'server', topseller: false },
      ],
      '2026-11-25',
      30,
    );
    expect(windows).toEqual([
      { kind: 'pdpRequest', date: '2026-11-29', invoiceNo: 'B', category: 'clientSystems' },
      { kind: 'pdpRequest', date: '2026-12-20', invoiceNo: 'A', category: 'dcgSystems' },
    ]);
  });
});

describe('buildDeadlines', () => {
  it('lists Elevate, claim windows, PDP and quarter end from today on, soonest first', () => {
    const list = buildDeadlines({
      today: '2026-11-25',
      quarter: 'FY2026-Q3',
      spiffRules: SPIFF_2017,
      elevate: { top: '2026-10-31', entry: '2026-11-30' },
      pdp: [
        { kind: 'pdpRequest', date: '2026-11-29', invoiceNo: 'B', category: 'clientSystems' },
        { kind: 'pdpRequest', date: '2026-12-20', invoiceNo: 'A', category: 'dcgSystems' },
      ],
      maxPdp: 1,
    });
    expect(list.map((d) => [d.kind, d.date])).toEqual([
      ['claimWindow', '2026-11-29'],
      ['pdpRequest', '2026-11-29'],
      ['elevateEntry', '2026-11-30'],
      ['quarterEnd', '2026-12-31'],
      ['claimWindow', '2027-03-01'],
    ]);
  });

  it('leaves out Elevate once the target is accepted', () => {
    const list = buildDeadlines({
      today: '2026-10-01',
      quarter: 'FY2026-Q3',
      spiffRules: SPIFF_2017,
      elevate: null,
      pdp: [],
      maxPdp: 3,
    });
    expect(list.some((d) => d.kind === 'elevateTop' || d.kind === 'elevateEntry')).toBe(false);
  });
});
