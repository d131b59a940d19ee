import { describe, expect, it } from 'vitest';
import {
  familyValuesKey,
  mergeFamilyValues,
  readFamilyValues,
  withFamilyValue,
} from './family-memory';

describe('category value memory', () => {
  it('is kept per distributor', () => {
    expect(familyValuesKey(' ALSO ')).toBe('importFamilyValues:ALSO');
    expect(familyValuesKey('ALSO')).not.toBe(familyValuesKey('Ingram'));
  });

  it('reads back only texts mapped to real families', () => {
    expect(readFamilyValues(null)).toEqual({});
    expect(readFamilyValues(['x'])).toEqual({});
    expect(
      readFamilyValues({ Dienstleistungen: 'client-services', Serwis: 'toaster', '': 'server' }),
    ).toEqual({ Dienstleistungen: 'client-services' });
  });

  it('one family per value, whatever its spelling; null clears it', () => {
    const a = withFamilyValue({ SERVICES: 'server' }, 'Services', 'dcg-services');
    expect(a).toEqual({ Services: 'dcg-services' });
    expect(withFamilyValue(a, 'services', null)).toEqual({});
  });

  it("merges this file's choices into what was remembered", () => {
    const merged = mergeFamilyValues(
      { Serwis: 'client-services', Services: 'dcg-services', Other: 'server' },
      { Dienstleistungen: 'client-services' },
      [
        { value: 'Dienstleistungen', rows: 2, byCatalog: 0, mapped: 'client-services' },
        { value: 'SERVICES', rows: 1, byCatalog: 0 },
      ],
    );
    // "Services" was in this file and left unmapped: forgotten. Values not in the file stay.
    expect(merged).toEqual({
      Serwis: 'client-services',
      Other: 'server',
      Dienstleistungen: 'client-services',
    });
  });
});
