import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/adapter';
import { parseCursor } from './pull';

/**
 * The total a first sync shows progress against ("12,000 of 100,000 lines"): the user's partner's
 * invoice lines after the request's cursor, counted on the index a pull reads them by (partner,
 * number). Asked for once per run (the client sends PULL_LINES_AHEAD_HEADER with its first pull),
 * so a long pull is not counted again at every page. Kept out of pull.ts: it is an addition to
 * the page, not part of reading it.
 */
export async function linesAhead(db: Db, user: AuthUser, cursor: string): Promise<number> {
  if (!user.partnerId) return 0;
  const { rows } = await db.query<{ n: string }>(
    'select count(*)::text as n from invoice_lines where partner_id = $1 and seq > $2',
    [user.partnerId, parseCursor(cursor).partner],
  );
  return Number(rows[0]?.n ?? 0);
}

/** The pull answer (JSON text from pullJson, an object) with `linesAhead` added in front. */
export function withLinesAhead(json: string, ahead: number): string {
  if (!json.startsWith('{')) throw new Error('a pull answer is a JSON object');
  return `{"linesAhead":${ahead},${json.slice(1)}`;
}
