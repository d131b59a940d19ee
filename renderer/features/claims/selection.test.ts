import { describe, expect, it } from 'vitest';
import { coverage, EMPTY_SELECTION, keepExisting, toggleAll, toggleLine } from './selection';

const keys = ['a', 'b', 'c', 'd', 'e'];
const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('selection', () => {
  it('toggles one line and remembers the anchor', () => {
    const one = toggleLine(EMPTY_SELECTION, keys, 1, false);
    expect(sorted(one.selected)).toEqual(['b']);
    expect(one.anchor).toBe(1);
    expect(toggleLine(one, keys, 1, false).selected.size).toBe(0);
  });

  it('shift-click selects the range from the anchor, in either direction', () => {
    const one = toggleLine(EMPTY_SELECTION, keys, 3, false);
    expect(sorted(toggleLine(one, keys, 1, true).selected)).toEqual(['b', 'c', 'd']);
    const all = toggleAll(EMPTY_SELECTION, keys);
    const anchored = toggleLine(all, keys, 0, false);
    expect(sorted(toggleLine(anchored, keys, 2, true).selected)).toEqual(['d', 'e']);
  });

  it('shift-click without an anchor toggles a single line', () => {
    expect(sorted(toggleLine(EMPTY_SELECTION, keys, 2, true).selected)).toEqual(['c']);
  });

  it('selects all filtered, then clears them, keeping lines outside the filter', () => {
    const outside = toggleLine(EMPTY_SELECTION, ['x'], 0, false);
    const all = toggleAll(outside, keys);
    expect(coverage(all.selected, keys)).toBe('all');
    expect(all.selected.has('x')).toBe(true);
    const none = toggleAll(all, keys);
    expect(coverage(none.selected, keys)).toBe('none');
    expect(sorted(none.selected)).toEqual(['x']);
    expect(coverage(toggleLine(EMPTY_SELECTION, keys, 0, false).selected, keys)).toBe('some');
  });

  it('drops keys that are gone', () => {
    const all = toggleAll(EMPTY_SELECTION, keys);
    expect(sorted(keepExisting(all, ['a', 'z']).selected)).toEqual(['a']);
    expect(keepExisting(all, keys)).toBe(all);
  });
});
