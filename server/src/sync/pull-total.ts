import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/adapter';
import { parseCursor, type PullAnswer } from './pull';

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

/** The pull answer with `linesAhead` as its first member. */
export function withLinesAhead(answer: PullAnswer, ahead: number): PullAnswer {
  return { ...answer, fields: `"linesAhead":${ahead},${answer.fields}` };
}
