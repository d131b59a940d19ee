import { describe, expect, it } from 'vitest';
import { REJECT_CODES } from '../../../shared/import/index';
import en from '../../../locales/en.json';
import { fileErrorKeys, rawPairs, rejectMessage } from './reject-messages';
import { FILE_ERROR_CODES, FILE_KINDS } from '../../../shared/import/index';

function lookup(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      en,
    );
}

describe('reject messages', () => {
  it('has a sentence for every reject and file-error code', () => {
    for (const code of REJECT_CODES) expect(typeof lookup(rejectMessage(code).key)).toBe('string');
    for (const code of FILE_ERROR_CODES) {
      expect(typeof lookup(fileErrorKeys({ code }).title)).toBe('string');
      expect(typeof lookup(fileErrorKeys({ code }).help)).toBe('string');
    }
    for (const kind of FILE_KINDS) {
      const keys = fileErrorKeys({ code: 'not_a_table', kind });
      expect(keys.title).toBe(`import.fileKinds.${kind}.title`);
      expect(typeof lookup(keys.title), kind).toBe('string');
      expect(typeof lookup(keys.help), kind).toBe('string');
    }
    expect(typeof lookup(rejectMessage('from_the_future').key)).toBe('string');
  });

  it('names the field from the code, or the one given', () => {
    expect(rejectMessage('negative_quantity')).toEqual({
      key: 'import.reject.negative_quantity',
      field: 'quantity',
    });
    expect(rejectMessage('bad_price', 'lineTotal').field).toBe('lineTotal');
    expect(rejectMessage('duplicate_in_file').field).toBeNull();
  });

  it('an unknown category names its value and how to map it', () => {
    const message = rejectMessage('unknown_family', undefined, 'Dienstleistungen');
    expect(message).toEqual({
      key: 'import.reject.unknown_family_value',
      field: 'family',
      value: 'Dienstleistungen',
    });
    expect(lookup(message.key)).toMatch(/\{\{value\}\}.*preview/);
    // Rows quarantined before the value was kept still get a sentence.
    expect(rejectMessage('unknown_family').key).toBe('import.reject.unknown_family');
  });

  it('lists the non-empty raw cells', () => {
    expect(rawPairs({ A: '1', B: ' ', C: 'x' })).toEqual([
      { header: 'A', value: '1' },
      { header: 'C', value: 'x' },
    ]);
  });
});
