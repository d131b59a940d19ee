import { buildApp } from '../../../server/src/app';
import { createSession, DEFAULT_SESSION_POLICY } from '../../../server/src/auth/sessions';
import { DUMMY_HASH } from '../../../server/src/auth/password';
import { configFromEnv } from '../../../server/src/config';
import { pgliteDb } from '../../../server/src/db/adapter';
import { migrate } from '../../../server/src/db/migrations';
import { seedReference } from '../../../server/src/demo';
import {
  CLAIM_COLUMNS,
  LINE_COLUMNS,
  claimFeedRow,
  lineData,
  type ClaimDbRow,
  type InvoiceLineDbRow,
} from '../../../server/src/sync/rows';
import { ingestFile } from '../../../server/src/vendor/ingest';
import { decideClaims } from '../../../server/src/vendor/decisions';
import { Clock } from '../../../server/test/harness';
import type { Db } from '../../../server/src/db/adapter';
import { SimNetwork } from './network';

/**
 * The server side of the simulation: ONE PGlite database and Fastify app for every run (starting
 * PostgreSQL a thousand times would take the whole CI budget). Runs stay apart because each run
 * gets its own partner, users and invoice lines; a "restart" builds a new app on the same
 * database, as a new process on the same PostgreSQL would be.
 */
export class SimServer {
  readonly clock = new Clock();
  private constructor(
    readonly db: Db,
    readonly network: SimNetwork,
  ) {}

  static async start(): Promise<SimServer> {
    const db = await pgliteDb();
    const clock = new Clock();
    await migrate(db);
    await seedReference(db, clock.now());
    const server = new SimServer(db, new SimNetwork(await SimServer.app(db, clock)));
    return server;
  }

  private static app(db: Db, clock: Clock) {
    return buildApp({ db, config: configFromEnv({}), now: clock.now, logger: false });
  }

  async restart(): Promise<void> {
    const old = this.network.app;
    this.network.app = await SimServer.app(this.db, this.clock);
    await old.close();
  }

  async close(): Promise<void> {
    await this.network.app.close();
    await this.db.close();
  }

  /** A new partner with a manager and two reps; answers their ids. */
  async createTeam(run: number): Promise<{ partnerId: string; manager: string; reps: string[] }> {
    const partnerId = `S-${run}`;
    const manager = `s${run}-mgr`;
    const reps = [`s${run}-rep-a`, `s${run}-rep-b`];
    await this.db.transaction(async (tx) => {
      await tx.query('insert into partners (id, name) values ($1, $2)', [partnerId, `Sim ${run}`]);
      await tx.query('insert into reseller_ids (reseller_id, partner_id) values ($1, $1)', [
        partnerId,
      ]);
      const insert = `insert into users (id, username, name, role, partner_id, manager_id, password_hash)
        values ($1, $1, $1, $2, $3, $4, $5)`;
      await tx.query(insert, [manager, 'manager', partnerId, null, DUMMY_HASH]);
      for (const rep of reps) await tx.query(insert, [rep, 'rep', partnerId, manager, DUMMY_HASH]);
    });
    return { partnerId, manager, reps };
  }

  /** A session as a sign-in would make (no password hashing: that is auth's test). */
  async signIn(userId: string): Promise<string> {
    return (await createSession(this.db, userId, this.clock.now(), DEFAULT_SESSION_POLICY)).token;
  }

  async endSessions(userId: string): Promise<void> {
    await this.db.query('delete from sessions where user_id = $1', [userId]);
  }

  /** Distributor lines through the real ingest (so their feed rows are the real ones). */
  async ingest(
    partnerId: string,
    lines: readonly { invoiceNo: string; date: string; sku: string; quantity: number }[],
  ): Promise<void> {
    const header =
      'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer';
    const rows = lines.map((l) =>
      [
        'SIM DIST',
        partnerId,
        l.invoiceNo,
        1,
        l.date,
        l.sku,
        l.quantity,
        '800.00',
        'USD',
        'Acme',
      ].join(','),
    );
    await ingestFile(this.db, new TextEncoder().encode(`${[header, ...rows].join('\n')}\n`), {
      fileName: `sim-${partnerId}.csv`,
      userId: null,
      now: this.clock.now(),
    });
  }

  async decide(claimId: string, decision: 'approved' | 'rejected' | 'paid'): Promise<void> {
    await decideClaims(
      this.db,
      [
        {
          claimId,
          decision,
          ...(decision === 'rejected' ? { reason: 'Serial number missing' } : {}),
        },
      ],
      { id: null },
      this.clock.now,
    );
  }

  async claimIds(partnerId: string): Promise<string[]> {
    const result = await this.db.query<{ id: string }>(
      'select id from claims where partner_id = $1 order by id',
      [partnerId],
    );
    return result.rows.map((r) => r.id);
  }

  /** What the server holds for this user: the partner's lines and the claims the user may see. */
  async viewOf(user: { id: string; role: 'rep' | 'manager'; partnerId: string }) {
    const lines = await this.db.query<InvoiceLineDbRow>(
      `select ${LINE_COLUMNS} from invoice_lines where partner_id = $1 order by key`,
      [user.partnerId],
    );
    const claims = await this.db.query<ClaimDbRow>(
      `select ${CLAIM_COLUMNS} from claims where partner_id = $1
         and (rep_id = $2 or ($3 and rep_id in (select id from users where manager_id = $2)))
       order by id`,
      [user.partnerId, user.id, user.role === 'manager'],
    );
    return {
      lines: lines.rows.map(lineData),
      claims: claims.rows.map((c) => claimFeedRow(c).data),
    };
  }

  /** Lines of the partner with more than one active claim per program (must stay empty). */
  async doublyClaimed(partnerId: string): Promise<string[]> {
    const result = await this.db.query<{ k: string }>(
      `select line_key || '/' || program as k from claims
        where partner_id = $1 and status in ('draft','queued','submitted','approved','paid')
        group by line_key, program having count(*) > 1`,
      [partnerId],
    );
    return result.rows.map((r) => r.k);
  }
}
