import { createHash } from 'node:crypto';
import type { Db } from './adapter';

/**
 * The ONE ordered list of schema changes, for PostgreSQL and PGlite alike. Append only: a shipped
 * migration is never edited (its checksum is stored and checked at start).
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const ACTIVE = `('draft','queued','submitted','approved','paid')`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tenants, users, sessions, rate limits',
    sql: `
create table partners (
  id text primary key,
  name text not null,
  tier text not null default 'authorized' check (tier in ('authorized','silver','gold','platinum')),
  created_at timestamptz not null default now()
);
create table reseller_ids (
  reseller_id text primary key,
  partner_id text not null references partners(id)
);
create table users (
  id text primary key,
  username text not null unique,
  name text not null,
  role text not null check (role in ('rep','manager','partner_admin','vendor_admin')),
  partner_id text references partners(id),
  manager_id text references users(id),
  password_hash text not null,
  disabled boolean not null default false,
  may_claim boolean not null default true,
  may_accept_elevate boolean not null default false,
  leaderboard_consent boolean not null default false,
  created_at timestamptz not null default now(),
  check ((role = 'vendor_admin') = (partner_id is null))
);
create table sessions (
  token_hash text primary key,
  user_id text not null references users(id),
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null
);
create index sessions_user on sessions(user_id);
create table login_attempts (
  key text primary key,
  failures integer not null,
  window_start timestamptz not null
);
`,
  },
  {
    version: 2,
    name: 'sync: clients, idempotency, feed',
    sql: `
create table clients (
  client_id text primary key,
  user_id text not null references users(id),
  last_mutation_id bigint not null default 0,
  created_at timestamptz not null default now()
);
create table mutation_results (
  client_id text not null references clients(client_id),
  mutation_id bigint not null,
  status text not null check (status in ('applied','rejected')),
  code text,
  message text,
  primary key (client_id, mutation_id)
);
create table idempotency (
  user_id text not null references users(id),
  key text not null,
  request_hash text not null,
  response jsonb not null,
  created_at timestamptz not null default now(),
  primary key (user_id, key)
);
-- One counter per feed ('vendor' or 'p:<partner>'). A writer bumps it as its LAST statement, so
-- the row lock serialises commits per feed in sequence order: no pull can pass a number whose
-- transaction has not committed yet.
create table feed_seq (
  scope text primary key,
  seq bigint not null
);
create table feed (
  scope text not null,
  kind text not null,
  row_id text not null,
  seq bigint not null,
  owner_id text,
  deleted boolean not null default false,
  data jsonb,
  primary key (scope, kind, row_id)
);
create index feed_scope_seq on feed(scope, seq);
`,
  },
  {
    version: 3,
    name: 'invoice lines, claims, programs, rules',
    sql: `
create table invoice_lines (
  key text primary key,
  distributor text not null,
  invoice_no text not null,
  line_no integer not null,
  partner_id text not null references partners(id),
  reseller_id text not null,
  date date not null,
  quarter text not null,
  sku text not null,
  family text not null,
  topseller boolean not null,
  quantity integer not null,
  unit_price_cents bigint not null,
  currency text not null,
  customer_name text not null,
  batch_id text not null,
  unique (distributor, invoice_no, line_no)
);
create index invoice_lines_partner on invoice_lines(partner_id);
create table ingest_batches (
  id text primary key,
  file_name text not null,
  distributor text,
  by_user text references users(id),
  started_at timestamptz not null,
  finished_at timestamptz,
  inserted integer not null default 0,
  updated integer not null default 0,
  unchanged integer not null default 0,
  quarantined integer not null default 0,
  rejected integer not null default 0,
  file_error text
);
create table quarantine (
  id bigserial primary key,
  batch_id text not null references ingest_batches(id),
  row_no integer not null,
  code text not null,
  reason text not null,
  raw jsonb not null
);
create table claims (
  id text primary key,
  line_key text not null references invoice_lines(key),
  program text not null check (program in ('spiff','leap','ncb')),
  rep_id text not null references users(id),
  partner_id text not null references partners(id),
  quarter text not null,
  family text not null,
  units integer not null,
  amount bigint not null,
  unit text not null,
  status text not null,
  reason text,
  nominated_customer_name text,
  rule_version text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  history jsonb not null
);
-- One active claim per line and program: the database, not a SELECT, has the last word.
create unique index claims_one_active on claims(line_key, program) where status in ${ACTIVE};
create index claims_rep_quarter on claims(rep_id, quarter);
create table rule_versions (
  version text primary key,
  program text not null,
  effective_from date not null,
  data jsonb not null,
  published_by text references users(id),
  published_at timestamptz not null
);
create table catalog (
  sku text primary key,
  name text not null,
  family text not null,
  topseller boolean not null,
  list_price_cents bigint not null,
  accelerator boolean not null default false,
  leap_points integer
);
create table elevate_targets (
  partner_id text not null references partners(id),
  quarter text not null,
  target_cents bigint not null,
  primary key (partner_id, quarter)
);
create table elevate_enrolments (
  partner_id text not null references partners(id),
  quarter text not null,
  target_cents bigint not null,
  accepted_on date not null,
  level text not null,
  accepted_by text not null references users(id),
  accepted_at timestamptz not null,
  rule_version text not null,
  primary key (partner_id, quarter)
);
create table leap_activities (
  id text primary key,
  user_id text not null references users(id),
  partner_id text not null references partners(id),
  kind text not null,
  title text not null,
  completed_on date not null,
  points integer not null
);
create table leap_redemptions (
  id text primary key,
  user_id text not null references users(id),
  partner_id text not null references partners(id),
  reward_id text not null,
  points integer not null,
  requested_on date not null,
  status text not null
);
`,
  },
  {
    version: 4,
    name: 'append-only audit log',
    sql: `
create table audit_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_id text,
  action text not null,
  subject text,
  client_id text,
  mutation_id bigint,
  address text,
  detail jsonb
);
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
-- Where roles exist and the server does not run as the table's superuser, the privilege is gone
-- too; the triggers hold even for a superuser (PGlite runs as one).
revoke update, delete, truncate on audit_log from public;
`,
  },
  {
    version: 5,
    name: 'throughput: feed rows as JSON text, one unique key per invoice line, claim lookups indexed',
    sql: `
-- The feed's row data is written once and served as is: json keeps the text (a pull can send it
-- without parsing and re-serialising it) and is cheaper to write than jsonb.
alter table feed alter column data type json using data::json;
-- key is distributor, invoice number and line number joined (shared invoiceLineKey), so its
-- primary key already makes the three unique; the second index only cost a write per line.
alter table invoice_lines drop constraint invoice_lines_distributor_invoice_no_line_no_key;
-- A claim checks the line's other claims (any status) and the rep's SPIFF total of the quarter:
-- without these, the first read every claim and the second every claim of the rep's quarter.
create index claims_line on claims(line_key);
drop index claims_rep_quarter;
create index claims_rep_quarter_program on claims(rep_id, quarter, program);
`,
  },
  {
    version: 6,
    name: 'invoice lines are their own change feed: numbered on the line, no copy in feed',
    sql: `
-- A line carries its own number from its partner's counter (feed_seq scope 'p:<partner>'), so an
-- ingest writes each changed line once instead of also copying it, as JSON, into feed. A pull
-- merges the partner's feed rows and its lines by that number (sync/pull.ts); both share the one
-- counter, so a number is never used twice in a partner's feed and the counter's row lock keeps
-- commits in number order for lines as for every other row (sync/feed.ts).
alter table invoice_lines add column seq bigint;
-- Each line keeps the number its feed row had: a client's cursor stays valid.
update invoice_lines l set seq = f.seq
  from feed f
 where f.scope = 'p:' || l.partner_id and f.kind = 'invoiceLine' and f.row_id = l.key;
-- A line without a feed row of its partner (none is expected) takes its partner's next numbers.
with missing as (
  select key, partner_id, row_number() over (partition by partner_id order by key collate "C") as n
    from invoice_lines where seq is null
), counts as (
  select 'p:' || partner_id as scope, count(*) as n from missing group by partner_id
), bumped as (
  insert into feed_seq as f (scope, seq)
  select scope, n from counts order by scope collate "C"
  on conflict (scope) do update set seq = f.seq + excluded.seq
  returning scope, seq
)
update invoice_lines l set seq = b.seq - c.n + m.n
  from missing m join counts c on c.scope = 'p:' || m.partner_id join bumped b on b.scope = c.scope
 where l.key = m.key;
-- The copies go. A line's row in another partner's feed (its reseller moved) and a tombstone
-- without a line stay as they are: they are not a copy of a line the partner has now.
delete from feed f using invoice_lines l
 where f.kind = 'invoiceLine' and f.row_id = l.key and f.scope = 'p:' || l.partner_id;
alter table invoice_lines alter column seq set not null;
-- A pull reads a partner's lines after its cursor in number order: one index range scan.
drop index invoice_lines_partner;
create index invoice_lines_partner_seq on invoice_lines(partner_id, seq);
-- The foreign key checked every line against partners, one lookup per row (a quarter of an
-- ingest's time). The partner of a line is never taken from the file: ingest (its only writer)
-- maps the reseller id through reseller_ids, whose partner_id references partners, and locks the
-- file's partners FOR KEY SHARE once per file (what the key did per row), so none can go while
-- the lines are written. Partners are never deleted.
alter table invoice_lines drop constraint invoice_lines_partner_id_fkey;
`,
  },
  {
    version: 7,
    name: 'a refusal keeps its details (dates, amounts) for the app to word in its language',
    sql: `
alter table mutation_results add column details jsonb;
`,
  },
  {
    version: 8,
    name: 'the statements sent with COMMIT as functions, planned once per connection',
    sql: `
-- A push sends its bookkeeping with COMMIT as one simple-protocol message, which carries no
-- parameters and so cannot use a prepared statement: each statement was parsed and planned at
-- every push. PL/pgSQL keeps its statements' plans for the connection.
create function feed_append(p_scope text, p_rows json) returns void language plpgsql as $$
declare
  v_count integer := json_array_length(p_rows);
  v_top bigint;
begin
  -- Numbers from the feed's counter, whose row stays locked until COMMIT (feed.ts).
  insert into feed_seq as f (scope, seq) values (p_scope, v_count)
  on conflict (scope) do update set seq = f.seq + excluded.seq
  returning f.seq into v_top;
  insert into feed (scope, kind, row_id, seq, owner_id, deleted, data)
  select p_scope, r.kind, r.id, v_top - v_count + r.n, r.owner, r.data is null, r.data
    from json_to_recordset(p_rows) as r(kind text, id text, owner text, data json, n int)
  on conflict (scope, kind, row_id) do update set
    seq = excluded.seq, owner_id = excluded.owner_id, deleted = excluded.deleted, data = excluded.data;
end $$;
create function audit_append(p_rows jsonb) returns void language plpgsql as $$
begin
  insert into audit_log (at, actor_id, action, subject, client_id, mutation_id, address, detail)
  select r.at, r.actor_id, r.action, r.subject, r.client_id, r.mutation_id, r.address, r.detail
    from jsonb_to_recordset(p_rows) as r(at timestamptz, actor_id text, action text,
         subject text, client_id text, mutation_id bigint, address text, detail jsonb);
end $$;
create function mutations_record(p_client text, p_last bigint, p_results jsonb) returns void
language plpgsql as $$
begin
  insert into mutation_results (client_id, mutation_id, status, code, message, details)
  select p_client, r.id, r.status, r.code, r.message, r.details
    from jsonb_to_recordset(p_results)
      as r(id bigint, status text, code text, message text, details jsonb);
  update clients set last_mutation_id = p_last where client_id = p_client;
end $$;
`,
  },
  {
    version: 9,
    name: 'a push opens and commits in one round trip each',
    sql: `
-- Each round trip of a push costs more than the work it carries (a push is a few small
-- statements, and every message wakes the database and this process on a busy machine). A push
-- now sends BEGIN with push_open and its first claims' lines_with_claims in one simple-protocol
-- message, and its claims with claims_insert_all in the message that carries COMMIT. Simple
-- protocol has no parameters and no prepared plans: PL/pgSQL keeps the statements' plans.

-- The user behind a session token's hash, or no row: unknown, expired (idle or absolute) or
-- disabled. Using a session slides its idle expiry, at most once a minute (p_touch_before): a
-- write per request would queue a session's requests on its row. With p_touch false the slide is
-- the caller's to make (touch_due), after its transaction: a push must not hold the session's row
-- until its COMMIT (a request on the same session would wait for it, and an admin disabling the
-- rep, who locks the user and then deletes the sessions, would deadlock with it). The user's id
-- and partner are kept for the transaction (pr.user_id, pr.partner_id): the statements sent in
-- the same message name them before this process has read them (push.ts, openPush).
create function session_user_of(p_hash text, p_now timestamptz, p_idle_cutoff timestamptz,
  p_touch_before timestamptz, p_touch boolean)
returns table (user_id text, username text, user_name text, user_role text, partner text,
  may_claim boolean, may_accept_elevate boolean, touch_due boolean) language plpgsql as $$
declare
  r record;
  v_due boolean;
begin
  -- Empty, not whatever a connection or role setting may hold, until the session is found.
  perform set_config('pr.user_id', '', true), set_config('pr.partner_id', '', true);
  select u.id, u.username, u.name, u.role, u.partner_id, u.may_claim, u.may_accept_elevate,
         s.last_seen_at
    into r
    from sessions s join users u on u.id = s.user_id
   where s.token_hash = p_hash and not u.disabled and s.expires_at > p_now
     and s.last_seen_at > p_idle_cutoff;
  if not found then
    return;
  end if;
  v_due := r.last_seen_at < p_touch_before;
  if v_due and p_touch then
    update sessions s set last_seen_at = p_now
     where s.token_hash = p_hash and s.last_seen_at < p_now;
    v_due := false;
  end if;
  perform set_config('pr.user_id', r.id, true),
          set_config('pr.partner_id', coalesce(r.partner_id, ''), true);
  return query select r.id, r.username, r.name, r.role, r.partner_id, r.may_claim,
    r.may_accept_elevate, v_due;
end $$;

-- The client's row, bound to p_user if new, locked until COMMIT (one client's pushes apply in
-- turn); then the rep's row when the push reads a per-rep total (push.ts, lockFor); and the
-- rule versions. An id bound to another user comes back with that user's id.
create function push_open(p_client text, p_user text, p_at timestamptz, p_lock text)
returns table (owner_id text, last_id text, rules_json text) language plpgsql as $$
declare
  v_owner text;
  v_last bigint;
begin
  -- No user: the session sent in the same message was refused, and the push is rolled back.
  if p_user is null then
    return;
  end if;
  insert into clients as c (client_id, user_id, created_at) values (p_client, p_user, p_at)
  on conflict (client_id) do update set client_id = c.client_id
  returning c.user_id, c.last_mutation_id into v_owner, v_last;
  if p_lock = 'update' then
    perform 1 from users u where u.id = p_user for update;
  elsif p_lock = 'no key update' then
    perform 1 from users u where u.id = p_user for no key update;
  elsif p_lock <> '' then
    raise exception 'push_open: unknown lock %', p_lock;
  end if;
  return query select v_owner, v_last::text,
    (select coalesce(json_agg(r.data order by r.effective_from), '[]'::json)::text
       from rule_versions r);
end $$;

-- Lines by key within one partner, each with its claims and p_rep's SPIFF total that quarter
-- (summed once per quarter the lines fall in, not once per line: a rep's SPIFF claims of a
-- quarter are the index range it reads).
create function lines_with_claims(p_keys text[], p_partner text, p_rep text)
returns table (key text, distributor text, invoice_no text, line_no integer, partner_id text,
  date date, quarter text, sku text, family text, topseller boolean, quantity integer,
  unit_price_cents text, currency text, customer_name text, existing json, spiff_total text)
language plpgsql as $$
begin
  return query
  with found as (
    select l.* from invoice_lines l where l.key = any(p_keys) and l.partner_id = p_partner
  ), totals as materialized (
    select q.quarter,
      (select coalesce(sum(s.amount), 0)::text from claims s
        where s.rep_id = p_rep and s.quarter = q.quarter and s.program = 'spiff'
          and s.status in ${ACTIVE}) as total
      from (select distinct f.quarter from found f) q
  )
  select l.key, l.distributor, l.invoice_no, l.line_no, l.partner_id, l.date, l.quarter, l.sku,
         l.family, l.topseller, l.quantity, l.unit_price_cents::text, l.currency, l.customer_name,
     (select coalesce(json_agg(json_build_object('line_key', c.line_key, 'program', c.program,
               'status', c.status, 'rep_id', c.rep_id)), '[]'::json)
        from claims c where c.line_key = l.key),
     t.total
    from found l join totals t on t.quarter = l.quarter;
end $$;

-- The claims of a run, in line order (two pushes claiming the same lines wait on each other in
-- one order, never in a cycle). A row that meets a unique index is skipped; the ids written
-- come back.
create function claims_insert(p_rows jsonb, p_rep text, p_partner text, p_at timestamptz,
  p_history jsonb) returns setof text language plpgsql as $$
begin
  return query
  insert into claims as k (id, line_key, program, rep_id, partner_id, quarter, family, units,
    amount, unit, status, nominated_customer_name, rule_version, created_at, updated_at, history)
  select r.id, r.line_key, r.program, p_rep, p_partner, r.quarter, r.family, r.units, r.amount,
         r.unit, 'submitted', r.nominated, r.version, p_at, p_at, p_history
    from jsonb_to_recordset(p_rows) as r(id text, line_key text, program text, quarter text,
         family text, units int, amount bigint, unit text, nominated text, version text)
   order by r.line_key, r.program
  on conflict do nothing
  returning k.id;
end $$;

-- The same, sent with COMMIT: every row is written or the transaction fails with PR409 (another
-- push wrote one of these lines' claims, or an id, since they were read), and the push is
-- decided again, claim by claim.
create function claims_insert_all(p_rows jsonb, p_rep text, p_partner text, p_at timestamptz,
  p_history jsonb) returns void language plpgsql as $$
declare
  v_written integer;
begin
  select count(*) into v_written from claims_insert(p_rows, p_rep, p_partner, p_at, p_history);
  if v_written <> jsonb_array_length(p_rows) then
    raise exception 'a claim of this push met a claim written since its lines were read'
      using errcode = 'PR409';
  end if;
end $$;
`,
  },
  {
    version: 10,
    name: "a session's slide never waits for another request's",
    sql: `
-- Every request on a session due its once-a-minute slide slid it: with several at once (a pull
-- and a push of one app, or many clients on one token), each waited for the one before it to
-- commit, then slid the row again. The first to lock the row slides it; the others skip it.
create or replace function session_user_of(p_hash text, p_now timestamptz,
  p_idle_cutoff timestamptz, p_touch_before timestamptz, p_touch boolean)
returns table (user_id text, username text, user_name text, user_role text, partner text,
  may_claim boolean, may_accept_elevate boolean, touch_due boolean) language plpgsql as $$
declare
  r record;
  v_due boolean;
begin
  -- Empty, not whatever a connection or role setting may hold, until the session is found.
  perform set_config('pr.user_id', '', true), set_config('pr.partner_id', '', true);
  select u.id, u.username, u.name, u.role, u.partner_id, u.may_claim, u.may_accept_elevate,
         s.last_seen_at
    into r
    from sessions s join users u on u.id = s.user_id
   where s.token_hash = p_hash and not u.disabled and s.expires_at > p_now
     and s.last_seen_at > p_idle_cutoff;
  if not found then
    return;
  end if;
  v_due := r.last_seen_at < p_touch_before;
  if v_due and p_touch then
    perform session_slide(p_hash, p_now, p_touch_before);
    v_due := false;
  end if;
  perform set_config('pr.user_id', r.id, true),
          set_config('pr.partner_id', coalesce(r.partner_id, ''), true);
  return query select r.id, r.username, r.name, r.role, r.partner_id, r.may_claim,
    r.may_accept_elevate, v_due;
end $$;

-- Slides a session's idle expiry to p_now if it is still due (last seen before p_touch_before)
-- and no other request is sliding it.
create function session_slide(p_hash text, p_now timestamptz, p_touch_before timestamptz)
returns void language plpgsql as $$
begin
  update sessions set last_seen_at = p_now
   where token_hash = (select t.token_hash from sessions t
                        where t.token_hash = p_hash and t.last_seen_at < p_touch_before
                          for no key update skip locked);
end $$;
`,
  },
  {
    version: 11,
    name: 'a push reads the rule versions only when they changed',
    sql: `
-- Every push read all the rule versions (4.7 kB of JSON with the demo's eight) to decide with,
-- though they change only when the vendor publishes one. Each change to rule_versions now draws
-- a new random stamp (random, not a counter: a database restored from a backup and published to
-- again must never reuse a stamp for other rules). A server keeps the rules it has read with
-- their stamp (RulesCache) and push_open sends the rules only when the stamp it is given is not
-- the database's.
create table rules_stamp (
  one boolean primary key default true check (one),
  stamp text not null
);
insert into rules_stamp (stamp) values (gen_random_uuid()::text);
create function rules_stamp_renew() returns trigger language plpgsql as $$
begin
  update rules_stamp set stamp = gen_random_uuid()::text;
  return null;
end $$;
create trigger rule_versions_stamp after insert or update or delete or truncate on rule_versions
  for each statement execute function rules_stamp_renew();

-- push_open as in migration 9, and also: the rules only for a stamp other than p_rules_stamp (in
-- the same snapshot as the stamp), and the answer kept for the push's idempotency key, read
-- after the client's lock (a retry that waited for the first try's COMMIT gets its answer).
drop function push_open(text, text, timestamptz, text);
create function push_open(p_client text, p_user text, p_at timestamptz, p_lock text,
  p_rules_stamp text, p_idempotency_key text)
returns table (owner_id text, last_id text, rules_stamp text, rules_json text,
  stored_hash text, stored_response jsonb) language plpgsql as $$
declare
  v_owner text;
  v_last bigint;
begin
  -- No user: the session sent in the same message was refused, and the push is rolled back.
  if p_user is null then
    return;
  end if;
  insert into clients as c (client_id, user_id, created_at) values (p_client, p_user, p_at)
  on conflict (client_id) do update set client_id = c.client_id
  returning c.user_id, c.last_mutation_id into v_owner, v_last;
  if p_lock = 'update' then
    perform 1 from users u where u.id = p_user for update;
  elsif p_lock = 'no key update' then
    perform 1 from users u where u.id = p_user for no key update;
  elsif p_lock <> '' then
    raise exception 'push_open: unknown lock %', p_lock;
  end if;
  return query select v_owner, v_last::text, s.stamp,
    case when s.stamp is distinct from p_rules_stamp then
      (select coalesce(json_agg(r.data order by r.effective_from), '[]'::json)::text
         from rule_versions r)
    end,
    i.request_hash, i.response
    from rules_stamp s
    left join idempotency i on i.user_id = p_user and i.key = p_idempotency_key;
end $$;
`,
  },
];

export function checksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex').slice(0, 16);
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export class SchemaMismatchError extends Error {
  override readonly name = 'SchemaMismatchError';
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

async function applied(db: Db): Promise<AppliedRow[]> {
  await db.query(`create table if not exists schema_migrations (
    version integer primary key, name text not null, checksum text not null,
    applied_at timestamptz not null default now())`);
  const result = await db.query<AppliedRow>(
    'select version, name, checksum from schema_migrations order by version',
  );
  return result.rows;
}

/** Refuses a database whose schema this build does not know: newer, edited or out of order. */
function verify(rows: readonly AppliedRow[], list: readonly Migration[]): number {
  rows.forEach((row, i) => {
    const known = list[i];
    if (!known || known.version !== row.version)
      throw new SchemaMismatchError(
        `The database has migration ${row.version} (${row.name}), which this server does not know. ` +
          'Run the server version that created it, or restore a matching backup.',
      );
    if (checksum(known) !== row.checksum)
      throw new SchemaMismatchError(
        `Migration ${row.version} (${row.name}) differs from the one applied to this database.`,
      );
  });
  return rows.length;
}

export interface MigrationStatus {
  readonly current: number;
  readonly latest: number;
  readonly pending: readonly Migration[];
}

export async function migrationStatus(
  db: Db,
  list: readonly Migration[] = MIGRATIONS,
): Promise<MigrationStatus> {
  const rows = await applied(db);
  const done = verify(rows, list);
  return {
    current: rows[rows.length - 1]?.version ?? 0,
    latest: list[list.length - 1]?.version ?? 0,
    pending: list.slice(done),
  };
}

/** Applies what is pending, each migration in its own transaction, one server at a time. */
export async function migrate(db: Db, list: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await applied(db);
  return db.transaction(async (tx) => {
    // Two instances starting together: the second waits here, then finds nothing pending.
    await tx.query('select pg_advisory_xact_lock(7412001)');
    const rows = (
      await tx.query<AppliedRow>(
        'select version, name, checksum from schema_migrations order by version',
      )
    ).rows;
    const done = verify(rows, list);
    const ran: number[] = [];
    for (const migration of list.slice(done)) {
      await tx.exec(migration.sql);
      await tx.query(
        'insert into schema_migrations (version, name, checksum) values ($1, $2, $3)',
        [migration.version, migration.name, checksum(migration)],
      );
      ran.push(migration.version);
    }
    return ran;
  });
}
