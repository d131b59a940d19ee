/**
 * Multi-select over the filtered table: a click toggles one line, shift-click sets every line
 * between the anchor and the clicked one to the clicked line's new state, and the header box
 * selects or clears everything filtered. Selections are immutable Sets keyed by line key.
 */
export interface SelectionState {
  readonly selected: ReadonlySet<string>;
  /** Index (in the filtered list) of the last line clicked without shift. */
  readonly anchor: number | null;
}

export const EMPTY_SELECTION: SelectionState = { selected: new Set(), anchor: null };

export function toggleLine(
  state: SelectionState,
  keys: readonly string[],
  index: number,
  shift: boolean,
): SelectionState {
  const key = keys[index];
  if (key === undefined) return state;
  const select = !state.selected.has(key);
  const next = new Set(state.selected);
  if (shift && state.anchor !== null && state.anchor < keys.length) {
    const from = Math.min(state.anchor, index);
    const to = Math.max(state.anchor, index);
    for (let i = from; i <= to; i += 1) {
      const k = keys[i];
      if (k === undefined) continue;
      if (select) next.add(k);
      else next.delete(k);
    }
    return { selected: next, anchor: state.anchor };
  }
  if (select) next.add(key);
  else next.delete(key);
  return { selected: next, anchor: index };
}

/** How much of the filtered list is selected: drives the header checkbox. */
export function coverage(
  selected: ReadonlySet<string>,
  keys: readonly string[],
): 'none' | 'some' | 'all' {
  if (keys.length === 0 || selected.size === 0) return 'none';
  let count = 0;
  for (const key of keys) if (selected.has(key)) count += 1;
  return count === 0 ? 'none' : count === keys.length ? 'all' : 'some';
}

/** Header checkbox: select every filtered line, or clear them when all are selected. */
export function toggleAll(state: SelectionState, keys: readonly string[]): SelectionState {
  const next = new Set(state.selected);
  if (coverage(state.selected, keys) === 'all') for (const key of keys) next.delete(key);
  else for (const key of keys) next.add(key);
  return { selected: next, anchor: null };
}

/** Keeps only the keys still present (after the quarter or the data changed). */
export function keepExisting(state: SelectionState, keys: readonly string[]): SelectionState {
  const present = new Set(keys);
  let changed = false;
  const next = new Set<string>();
  for (const key of state.selected) {
    if (present.has(key)) next.add(key);
    else changed = true;
  }
  return changed ? { selected: next, anchor: null } : state;
}
