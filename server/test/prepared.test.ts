import { describe, expect, it } from 'vitest';
import { prepared, sqlText } from '../src/db/prepared';

describe('prepared statements', () => {
  it('one text has one name, named from the text itself; another text another name', () => {
    const a = prepared('select 1 where $1::int > 0');
    expect(prepared('select 1 where $1::int > 0')).toBe(a);
    expect(a.name).toMatch(/^p_[0-9a-f]{24}$/);
    expect(prepared('select 2 where $1::int > 0').name).not.toBe(a.name);
    expect(sqlText(a)).toBe('select 1 where $1::int > 0');
    expect(sqlText('select 3')).toBe('select 3');
  });
});
