import { describe, expect, it } from 'vitest';
import { assertFamily, FAMILIES, isClientSystem, isServices, segmentOf } from './families';

describe('catalog families', () => {
  it('has the ten families of seed 001, split client / DCG', () => {
    expect(FAMILIES).toHaveLength(10);
    expect(FAMILIES.filter((f) => segmentOf(f) === 'dcg')).toEqual([
      'server',
      'server-option',
      'storage',
      'dcg-services',
    ]);
  });
  it('classifies services and client systems', () => {
    expect(isServices('dcg-services')).toBe(true);
    expect(isServices('server')).toBe(false);
    expect(isClientSystem('workstation')).toBe(true);
    expect(isClientSystem('visuals')).toBe(false);
  });
  it('rejects an unknown family naming the field', () => {
    expect(() => assertFamily('tablet', 'lines[0].family')).toThrow(
      /lines\[0\]\.family: unknown product family "tablet"/,
    );
  });
});
