/** The app's database name. Tests may pick one with `?db=name` so that each has its own storage. */
export function databaseName(): string {
  const requested = new URLSearchParams(window.location.search).get('db');
  return requested && /^[\w-]{1,64}$/.test(requested) ? requested : 'partner-rewards';
}
