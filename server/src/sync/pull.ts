import type { PullQuery } from '../../../shared/index';
import type { AuthUser } from '../auth/sessions';
import type { Db } from '../db/adapter';
import { prepared } from '../db/prepared';
import { VENDOR_SCOPE, partnerScope } from './feed';
import { bindClient } from './push';

interface PageRow {
  vendor_more: boolean;
  vendor_last: string | null;
  partner_count: number;
  room: number;
  partner_last: string | null;
  /** The page's rows as JSON, comma-separated (null: none). */
  rows: string | null;
}

export function parseCursor(cursor: string): { vendor: number; partner: number } {
  if (!cursor) return { vendor: 0, partner: 0 };
  const [vendor, partner] = cursor.split('.').map(Number);
  return { vendor: vendor ?? 0, partner: partner ?? 0 };
}

/**
 * Which rows of a partner's feed a user sees: a rep its own rows and the partner-wide ones; a
 * manager also its reps' rows; a partner admin everything of its partner. `$5` is the user id.
 */
function ownerFilter(user: AuthUser): string {
  switch (user.role) {
    case 'rep':
      return `(owner_id is null or owner_id = $5)`;
    case 'manager':
      return `(owner_id is null or owner_id = $5 or owner_id in (select id from users where manager_id = $5))`;
    default:
      // Every role's query passes the user id; this one does not filter on it.
      return `$5::text is not null`;
  }
}

/** A feed row as the protocol's PulledRow, in JSON: the stored data is spliced in as it is. */
const ROW_JSON = `'{"kind":' || to_json(kind)::text || ',"id":' || to_json(row_id)::text ||
  case when deleted or data is null then ',"deleted":true}'
       else ',"deleted":false,"data":' || data::text || '}' end`;

/**
 * An invoice line as the protocol's PulledRow, in JSON, with the fields its feed rows carried
 * before lines became their own feed (the app's InvoiceLine plus key, quarter and total), from a
 * line `l` whose key is already JSON as `k` (it is written twice). Spelt out with concat: twice as
 * fast as json_build_object, which looks up every argument's type on every row. The texts from
 * the file go through to_json (escaped); quarter, family and currency do not need it, each is one
 * of a closed set of plain words the shared parser produces (quarterKey's FY<year>-Q<n>, a
 * Family, currencyOf's USD or EUR) and ingest is the only writer of invoice_lines. A date becomes
 * JSON as ISO 8601 whatever DateStyle says; a boolean is cast to text (concat would print its
 * output form, t or f); the total is numeric, so no line can make a pull fail on bigint overflow.
 */
const LINE_JSON = `concat('{"kind":"invoiceLine","id":', k, ',"deleted":false,"data":{"key":', k,
  ',"distributor":', to_json(distributor), ',"partnerId":', to_json(partner_id),
  ',"invoiceNo":', to_json(invoice_no), ',"lineNo":', line_no, ',"date":', to_json(date),
  ',"quarter":"', quarter, '","sku":', to_json(sku), ',"family":"', family,
  '","topseller":', topseller::text, ',"quantity":', quantity, ',"unitPriceCents":', unit_price_cents,
  ',"lineTotalCents":', unit_price_cents::numeric * quantity, ',"currency":"', currency,
  '","customerName":', to_json(customer_name), '}}')`;

/**
 * One round trip for a whole page: the vendor-wide feed's next rows first, then the partner's to
 * fill the room left, each in its server-assigned order and `limit` + 1 deep (the extra row says
 * whether more follow). A partner's feed is two tables numbered from one counter: its feed rows
 * and its invoice lines (partner-wide: every role of the partner sees them); each is read as an
 * index range scan after the cursor, `limit` + 1 deep, and the two are merged by number. The page
 * leaves the database as one JSON text: its rows are never parsed and serialised again on the way
 * out (a page is 500 rows).
 */
export function pageQuery(
  user: AuthUser,
  cursor: { vendor: number; partner: number },
  limit: number,
): { sql: string; params: unknown[] } {
  return {
    sql: `with v as (
        select seq, ${ROW_JSON} as j, row_number() over (order by feed.seq) as n from feed
         where scope = $1 and seq > $2 order by feed.seq limit $6::int + 1),
      taken as (select least(count(*), $6::int)::int as n, count(*) > $6::int as more from v),
      p as (
        select seq, j, row_number() over (order by seq) as n from (
          (select seq, ${ROW_JSON} as j from feed
            where scope = $3 and seq > $4 and ${ownerFilter(user)} order by feed.seq limit $6::int + 1)
          union all
          (select seq, ${LINE_JSON} as j from (
             select *, to_json(key)::text as k from invoice_lines
              where partner_id = $7 and seq > $4 order by invoice_lines.seq limit $6::int + 1) l)
        ) partner order by seq limit $6::int + 1),
      room as (select $6::int - n as n from taken)
      select taken.more as vendor_more,
             (select max(seq)::text from v where n <= taken.n) as vendor_last,
             (select count(*)::int from p) as partner_count,
             room.n as room,
             (select max(seq)::text from p where n <= room.n) as partner_last,
             (select string_agg(j, ',' order by n) from (
                select n, j from v where n <= taken.n
                union all
                select taken.n + n, j from p where n <= room.n) page) as rows
        from taken, room`,
    params: [
      VENDOR_SCOPE,
      cursor.vendor,
      user.partnerId ? partnerScope(user.partnerId) : null,
      cursor.partner,
      user.id,
      limit,
      user.partnerId ?? null,
    ],
  };
}

/**
 * The page query with the client's binding in front (one statement, so one snapshot): a new
 * client id is bound to this user; the answer carries the id's owner and lastMutationId.
 */
function boundPageQuery(
  user: AuthUser,
  cursor: { vendor: number; partner: number },
  limit: number,
  clientId: string,
  now: Date,
): { sql: string; params: unknown[] } {
  const page = pageQuery(user, cursor, limit);
  return {
    sql: `with bound as (
        insert into clients (client_id, user_id, created_at) values ($8, $5, $9)
        on conflict do nothing returning user_id, last_mutation_id),
      owner as (
        select user_id, last_mutation_id from bound
        union all
        select user_id, last_mutation_id from clients where client_id = $8)
      select (select user_id from owner limit 1) as owner_id,
             (select last_mutation_id::text from owner limit 1) as last_mutation_id, page.*
        from (${page.sql}) page`,
    params: [...page.params, clientId, now.toISOString()],
  };
}

/**
 * Rows changed since the cursor: the vendor-wide feed first, then the partner's, each in its
 * server-assigned order, at most `limit` rows. The cursor is the last sequence served per feed.
 * Answers the PullResponse as JSON in two parts (PullAnswer), from one statement after
 * authentication.
 *
 * lastMutationId is read in the same snapshot as the rows: every mutation it acknowledges has its
 * effects in this page or a later one of the same pull.
 */
export async function pullAnswer(
  ctx: { db: Db; user: AuthUser; address: string; now: () => Date },
  query: PullQuery,
): Promise<PullAnswer> {
  const cursor = parseCursor(query.cursor);
  const read = async () => {
    const { sql, params } = boundPageQuery(
      ctx.user,
      cursor,
      query.limit,
      query.clientId,
      ctx.now(),
    );
    // One text per role (ownerFilter): a few prepared statements per connection.
    return (
      await ctx.db.query<PageRow & { owner_id: string | null; last_mutation_id: string | null }>(
        prepared(sql),
        params,
      )
    ).rows[0];
  };
  let page = await read();
  if (page?.owner_id !== ctx.user.id) {
    // Another user's client id (refused with an audit entry), or one bound by a request running
    // at the same moment (invisible to this statement's snapshot): settled one by one.
    await bindClient(ctx, query.clientId);
    page = await read();
  }
  const lastMutationId = Number(page?.last_mutation_id ?? 0);
  let hasMore = page?.vendor_more ?? false;
  const vendor = page?.vendor_last ? Number(page.vendor_last) : cursor.vendor;
  let partner = cursor.partner;
  if (!hasMore && ctx.user.partnerId) {
    const room = page?.room ?? 0;
    if (room > 0) {
      hasMore = (page?.partner_count ?? 0) > room;
      if (page?.partner_last) partner = Number(page.partner_last);
    } else hasMore = true;
  }
  return {
    fields: `"cursor":${JSON.stringify(`${vendor}.${partner}`)},"hasMore":${hasMore},"lastMutationId":${lastMutationId}`,
    rows: page?.rows ?? '',
  };
}

/**
 * A PullResponse as JSON, kept in two parts: the page's rows are one text of about 250 kB (500
 * rows), and joining the parts into one string made V8 copy it whole before it was measured and
 * encoded for the socket (pullAnswerBytes writes it once).
 */
export interface PullAnswer {
  /** The members before `rows`, comma-separated, without braces. */
  readonly fields: string;
  /** The rows' JSON, comma-separated, without brackets. */
  readonly rows: string;
}

/** The answer as UTF-8, each part encoded once, straight into the one buffer sent. */
export function pullAnswerBytes(answer: PullAnswer): Buffer {
  const head = `{${answer.fields},"rows":[`;
  const tail = ']}';
  const headBytes = Buffer.byteLength(head);
  const rowBytes = Buffer.byteLength(answer.rows);
  const bytes = Buffer.allocUnsafe(headBytes + rowBytes + tail.length);
  bytes.write(head, 0);
  bytes.write(answer.rows, headBytes);
  bytes.write(tail, headBytes + rowBytes);
  return bytes;
}
