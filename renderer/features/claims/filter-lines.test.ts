import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, filterLines } from './filter-lines';
import { claimsByLine } from './line-claims';
import { claim, line } from './test-rows';

const rows = [
  line('a', { family: 'server', search: 'inv-a sku-1 acme' }),
  line('b', { family: 'notebook', search: 'inv-b nb-2 beta gmbh' }),
  line('c', { family: 'server', search: 'inv-c sku-3 gamma' }),
];
const claims = claimsByLine([
  claim('a', { status: 'queued' }),
  claim('c', { status: 'rejected', reason: 'Not found' }),
  claim('b', { program: 'leap', status: 'draft' }),
]);
const keys = (filter: Partial<typeof EMPTY_FILTER>) =>
  filterLines(rows, claims, { ...EMPTY_FILTER, ...filter }).map((r) => r.key);

describe('filterLines', () => {
  it('filters by family and by text (case-insensitive)', () => {
    expect(keys({ family: 'server' })).toEqual(['a', 'c']);
    expect(keys({ text: '  BETA ' })).toEqual(['b']);
  });

  it('treats a rejected claim as unclaimed, in the chosen program', () => {
    expect(keys({ claimed: 'unclaimed', program: 'spiff' })).toEqual(['b', 'c']);
    expect(keys({ claimed: 'unclaimed' })).toEqual(['c']);
    expect(keys({ claimed: 'claimed', program: 'leap' })).toEqual(['b']);
  });

  it('filters by claim status', () => {
    expect(keys({ status: 'rejected' })).toEqual(['c']);
    expect(keys({ status: 'draft', program: 'spiff' })).toEqual([]);
  });
});
