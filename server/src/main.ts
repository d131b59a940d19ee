import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { hashPassword } from './auth/password';
import { newToken } from './auth/password';
import { configFromEnv } from './config';
import { isEmpty, seedDemo } from './demo';
import type { Db } from './db/adapter';
import { migrate, migrationStatus } from './db/migrations';
import { DEFAULT_DATA_DIR, DEFAULT_POOL_SIZE, openDb, poolSizeFromEnv } from './db/open';
import { decideClaims, parseDecisionsCsv } from './vendor/decisions';
import { ingestFile } from './vendor/ingest';

const HELP = `Partner Rewards sync server

Usage: npm run server -- [command] [options]

Commands:
  serve                 apply pending migrations, seed the demo on an empty database, listen (default)
  migrate               apply pending migrations and exit
  ingest FILE           load a distributor file (CSV or XLSX) as the vendor admin
  decisions FILE        apply a CSV of claim id, decision (approved|rejected|paid), reason
  create-user           --username U --name N --role rep|manager|partner_admin|vendor_admin
                        [--partner ID] [--manager ID] [--may-accept-elevate]; prints the password once

Options:
  --data DIR            PGlite data folder when DATABASE_URL is not set (default ${DEFAULT_DATA_DIR})
  --distributor NAME    ingest: the distributor when the file has no such column
  --no-demo             serve: do not seed the demo on an empty database
  --help                this text

Environment:
  DATABASE_URL          PostgreSQL connection string (else embedded PGlite)
  DATABASE_POOL_SIZE    connections to PostgreSQL per process (default ${DEFAULT_POOL_SIZE})
  HOST, PORT            where to listen (default 127.0.0.1:8787)
  CORS_ORIGINS          comma-separated origins allowed to call (default: the app's own)
  TRUST_PROXY=1         behind a load balancer: client address from X-Forwarded-For
  LOG_LEVEL             pino level (default info)
`;

async function withDb<T>(dataDir: string | undefined, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    poolSize: poolSizeFromEnv(process.env.DATABASE_POOL_SIZE),
  });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: 'boolean' },
      data: { type: 'string' },
      distributor: { type: 'string' },
      'no-demo': { type: 'boolean' },
      username: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      partner: { type: 'string' },
      manager: { type: 'string' },
      'may-accept-elevate': { type: 'boolean' },
    },
  });
  const [command = 'serve', file] = positionals;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  switch (command) {
    case 'migrate':
      return withDb(values.data, async (db) => {
        const ran = await migrate(db);
        process.stdout.write(
          ran.length ? `Applied migrations ${ran.join(', ')}.\n` : 'Schema is current.\n',
        );
        return 0;
      });
    case 'ingest': {
      if (!file) throw new Error('ingest needs a FILE');
      const bytes = new Uint8Array(readFileSync(file));
      return withDb(values.data, async (db) => {
        await requireCurrent(db);
        const report = await ingestFile(db, bytes, {
          fileName: file,
          ...(values.distributor ? { distributor: values.distributor } : {}),
          userId: null,
          now: new Date(),
        });
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return report.fileError ? 1 : 0;
      });
    }
    case 'decisions': {
      if (!file) throw new Error('decisions needs a FILE');
      const { decisions, errors } = parseDecisionsCsv(readFileSync(file, 'utf8'));
      if (errors.length) {
        process.stderr.write(`${errors.join('\n')}\nNothing applied.\n`);
        return 1;
      }
      return withDb(values.data, async (db) => {
        await requireCurrent(db);
        const outcomes = await decideClaims(db, decisions, { id: null }, () => new Date());
        for (const o of outcomes)
          process.stdout.write(`${o.claimId}\t${o.ok ? o.status : `refused: ${o.error}`}\n`);
        return outcomes.every((o) => o.ok) ? 0 : 1;
      });
    }
    case 'create-user': {
      const { username, name, role } = values;
      if (!username || !name || !role)
        throw new Error('create-user needs --username, --name and --role');
      const password = newToken().slice(0, 20);
      return withDb(values.data, async (db) => {
        await requireCurrent(db);
        await db.query(
          `insert into users (id, username, name, role, partner_id, manager_id, password_hash, may_claim, may_accept_elevate)
           values ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
          [
            `u-${username.toLowerCase()}`,
            username,
            name,
            role,
            values.partner ?? null,
            values.manager ?? null,
            await hashPassword(password),
            role === 'rep' || role === 'manager',
            values['may-accept-elevate'] ?? false,
          ],
        );
        process.stdout.write(`Created ${username} (${role}). Password (shown once): ${password}\n`);
        return 0;
      });
    }
    case 'serve':
      return serve(values.data, !values['no-demo']);
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

async function requireCurrent(db: Db): Promise<void> {
  const status = await migrationStatus(db);
  if (status.pending.length)
    throw new Error(
      `The database schema is at ${status.current}, this server needs ${status.latest}: run migrate.`,
    );
}

async function serve(dataDir: string | undefined, demo: boolean): Promise<number> {
  const db = await openDb({
    databaseUrl: process.env.DATABASE_URL,
    dataDir,
    poolSize: poolSizeFromEnv(process.env.DATABASE_POOL_SIZE),
  });
  await migrate(db);
  if (demo && (await isEmpty(db))) {
    const logins = await seedDemo(db, new Date());
    const lines = logins.map(
      (l) =>
        `  ${l.username.padEnd(10)} ${l.password}  (${l.role}${l.partnerId ? `, ${l.partnerId}` : ''})`,
    );
    process.stdout.write(
      `\nDemo data created. Logins (shown this once; not stored in clear):\n${lines.join('\n')}\n\n`,
    );
  }
  const app = await buildApp({
    db,
    config: configFromEnv(),
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
  });
  const host = process.env.HOST ?? '127.0.0.1';
  const port = Number(process.env.PORT ?? 8787);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing requests in flight');
    // Fastify stops accepting, waits for in-flight requests, then the pool closes.
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ host, port });
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
