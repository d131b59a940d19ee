/** Calls `show` once if `pending` has not settled within `ms` (a status for a slow start). */
export function whenSlow(pending: Promise<unknown>, ms: number, show: () => void): void {
  let settled = false;
  pending.then(
    () => (settled = true),
    () => (settled = true),
  );
  setTimeout(() => {
    if (!settled) show();
  }, ms);
}
