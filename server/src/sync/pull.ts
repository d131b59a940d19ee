import type { PullQuery, PullResponse, PulledRow, RowKind } from '../../../shared/index';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/adapter';
import { VENDOR_SCOPE, partnerScope } from './feed';
import { bindClient, currentLastMutationId } from './push';

interface FeedDbRow {
  seq: string;
  kind: RowKind;
  row_id: string;
  deleted: boolean;
  data: Record<string, unknown> | null;
}

export function parseCursor(cursor: string): { vendor: number; partner: number } {
  if (!cursor) return { vendor: 0, partner: 0 };
  const [vendor, partner] = cursor.split('.').map(Number);
  return { vendor: vendor ?? 0, partner: partner ?? 0 };
}

/**
 * Which rows of a partner's feed a user sees: a rep its own rows and the partner-wide ones; a
 * manager also its reps' rows; a partner admin everything of its partner.
 */
function ownerFilter(user: AuthUser, param: string): string {
  switch (user.role) {
    case 'rep':
      return `(owner_id is null or owner_id = ${param})`;
    case 'manager':
      return `(owner_id is null or owner_id = ${param} or owner_id in (select id from users where manager_id = ${param}))`;
    default:
      // Every role's query passes the user id; this one does not filter on it.
      return `${param}::text is not null`;
  }
}

async function page(
  db: Db,
  scope: string,
  after: number,
  limit: number,
  filter: string,
  userId: string,
) {
  const result = await db.query<FeedDbRow>(
    `select seq::text as seq, kind, row_id, deleted, data from feed
      where scope = $1 and seq > $2 and ${filter}
      order by feed.seq limit $3`,
    [scope, after, limit + 1, userId],
  );
  return result.rows;
}

/**
 * Rows changed since the cursor: the vendor-wide feed first, then the partner's, each in its
 * server-assigned order, at most `limit` rows. The cursor is the last sequence served per feed.
 */
export async function pull(
  ctx: { db: Db; user: AuthUser; address: string; now: () => Date },
  query: PullQuery,
): Promise<PullResponse> {
  await bindClient(ctx, query.clientId);
  const cursor = parseCursor(query.cursor);
  // $4 is the user id (every query passes it; the rep/manager filter uses it).
  const vendorRows = await page(
    ctx.db,
    VENDOR_SCOPE,
    cursor.vendor,
    query.limit,
    '$4::text is not null',
    ctx.user.id,
  );
  const rows: FeedDbRow[] = vendorRows.slice(0, query.limit);
  let hasMore = vendorRows.length > query.limit;
  let vendor = Number(rows[rows.length - 1]?.seq ?? cursor.vendor);
  let partner = cursor.partner;
  if (!hasMore && ctx.user.partnerId) {
    const room = query.limit - rows.length;
    if (room > 0) {
      const partnerRows = await page(
        ctx.db,
        partnerScope(ctx.user.partnerId),
        cursor.partner,
        room,
        ownerFilter(ctx.user, '$4'),
        ctx.user.id,
      );
      const taken = partnerRows.slice(0, room);
      hasMore = partnerRows.length > room;
      partner = Number(taken[taken.length - 1]?.seq ?? cursor.partner);
      rows.push(...taken);
    } else hasMore = true;
  }
  if (rows.length === 0) vendor = cursor.vendor;
  const out: PulledRow[] = rows.map((r) =>
    r.deleted || r.data === null
      ? { kind: r.kind, id: r.row_id, deleted: true }
      : { kind: r.kind, id: r.row_id, deleted: false, data: r.data },
  );
  return {
    cursor: `${vendor}.${partner}`,
    hasMore,
    lastMutationId: await currentLastMutationId(ctx.db, query.clientId),
    rows: out,
  };
}
