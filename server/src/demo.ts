import { randomBytes } from 'node:crypto';
import {
  DEFAULT_RULE_VERSIONS,
  addDays,
  previousQuarters,
  quarterEnd,
  quarterOf,
  quarterStart,
  seededRandom,
  type Family,
} from '../../shared/index';
import { hashPassword } from './auth/password';
import type { Role } from './auth/sessions';
import type { Db } from './db/adapter';
import { FeedWriter, VENDOR_SCOPE } from './sync/feed';
import { ingestFile } from './vendor/ingest';
import { storeRuleVersion } from './vendor/rules';

/** The demo world `npm run server` creates on an empty database. Deterministic but for passwords. */
export const DEMO_PARTNERS = [
  { id: 'P-1001', name: 'Northwind IT Solutions', resellerIds: ['P-1001'] },
  { id: 'P-2002', name: 'Contoso Systems', resellerIds: ['R-2002'] },
] as const;

interface DemoUser {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly partnerId: string | null;
  readonly managerId?: string;
  readonly mayAcceptElevate?: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: 'vendor-admin',
    username: 'vendor',
    name: 'Vendor Program Admin',
    role: 'vendor_admin',
    partnerId: null,
  },
  {
    id: 'mgr-maria',
    username: 'maria',
    name: 'Maria Rossi',
    role: 'manager',
    partnerId: 'P-1001',
    mayAcceptElevate: true,
  },
  {
    id: 'rep-ana',
    username: 'ana',
    name: 'Ana Kowalski',
    role: 'rep',
    partnerId: 'P-1001',
    managerId: 'mgr-maria',
  },
  {
    id: 'rep-ben',
    username: 'ben',
    name: 'Ben Okafor',
    role: 'rep',
    partnerId: 'P-1001',
    managerId: 'mgr-maria',
  },
  {
    id: 'admin-nw',
    username: 'nw-admin',
    name: 'Northwind Admin',
    role: 'partner_admin',
    partnerId: 'P-1001',
  },
  { id: 'rep-dana', username: 'dana', name: 'Dana Whitfield', role: 'rep', partnerId: 'P-2002' },
  {
    id: 'admin-co',
    username: 'co-admin',
    name: 'Contoso Admin',
    role: 'partner_admin',
    partnerId: 'P-2002',
    mayAcceptElevate: true,
  },
];

const DEMO_CATALOG: readonly {
  sku: string;
  name: string;
  family: Family;
  topseller: boolean;
  list: number;
}[] = [
  {
    sku: '21MA0033US',
    name: 'ThinkPad T14 Gen 5',
    family: 'notebook',
    topseller: true,
    list: 129_900,
  },
  {
    sku: '21KC002KUS',
    name: 'ThinkPad E16 Gen 1',
    family: 'notebook',
    topseller: true,
    list: 64_900,
  },
  {
    sku: '12E3000BUS',
    name: 'ThinkCentre M70q Gen 4',
    family: 'desktop',
    topseller: true,
    list: 79_900,
  },
  {
    sku: '30GS001QUS',
    name: 'ThinkStation P3 Tower',
    family: 'workstation',
    topseller: false,
    list: 189_900,
  },
  {
    sku: '63DCMAR2US',
    name: 'ThinkVision T24i-30',
    family: 'visuals',
    topseller: false,
    list: 24_900,
  },
  {
    sku: '4X30M39458',
    name: 'ThinkPad Dock',
    family: 'peripheral',
    topseller: false,
    list: 19_900,
  },
  {
    sku: '5WS0T36137',
    name: 'Premier Support 3Y',
    family: 'client-services',
    topseller: true,
    list: 12_900,
  },
  {
    sku: '7D73A03DEA',
    name: 'ThinkSystem SR650 V3',
    family: 'server',
    topseller: true,
    list: 899_900,
  },
  {
    sku: '4XB7A38212',
    name: 'ThinkSystem 32GB RDIMM',
    family: 'server-option',
    topseller: false,
    list: 42_900,
  },
  {
    sku: '7Y71A000WW',
    name: 'ThinkSystem DE4000H',
    family: 'storage',
    topseller: false,
    list: 1_499_900,
  },
  {
    sku: '5WS7B05688',
    name: 'Premier Support 3Y (DCG)',
    family: 'dcg-services',
    topseller: true,
    list: 104_700,
  },
];

/** A distributor file as distributors send it (CSV): the demo feed, one quarantined reseller included. */
export function demoFeedCsv(today: string): string {
  const rand = seededRandom(20261202);
  const current = quarterOf(today);
  const rows = [
    'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer',
  ];
  const customers = [
    'Müller Maschinenbau GmbH',
    'Acme Logistics Inc.',
    'Café Lumière SARL',
    'Żabka Retail Sp. z o.o.',
    '上海星辰科技有限公司',
  ];
  for (const [qi, q] of [...previousQuarters(current, 2), current].entries()) {
    const start = quarterStart(q);
    const end = quarterEnd(q) < today ? quarterEnd(q) : today;
    const days = Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1);
    for (let n = 0; n < 16 + qi * 8; n += 1) {
      const reseller = n % 2 === 1 ? 'R-2002' : 'P-1001';
      const invoiceNo = `TDS-${start.slice(0, 7).replace('-', '')}-${String(n + 1).padStart(4, '0')}`;
      const date = addDays(start, Math.floor(rand() * days));
      const item = DEMO_CATALOG[Math.floor(rand() * DEMO_CATALOG.length)] ?? DEMO_CATALOG[0];
      if (!item) continue;
      const quantity =
        item.family === 'server' || item.family === 'storage' ? 1 : 1 + Math.floor(rand() * 4);
      const price = Math.round(item.list * 0.8);
      const customer = customers[Math.floor(rand() * customers.length)] ?? 'Customer';
      rows.push(
        [
          'TD SYNNEX',
          reseller,
          invoiceNo,
          1,
          date,
          item.sku,
          quantity,
          (price / 100).toFixed(2),
          'USD',
          `"${customer}"`,
        ].join(','),
      );
    }
  }
  rows.push(
    [
      'TD SYNNEX',
      'R-9999',
      'TDS-UNKNOWN-0001',
      1,
      today,
      '21MA0033US',
      1,
      '1039.20',
      'USD',
      'Nobody Ltd',
    ].join(','),
  );
  return `${rows.join('\n')}\n`;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const result = await db.query<{ n: string }>('select count(*)::text as n from users');
  return Number(result.rows[0]?.n ?? 0) === 0;
}

/** Rule versions and catalog: what every install starts from (idempotent). */
export async function seedReference(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const feed = new FeedWriter();
    const existing = new Set(
      (await tx.query<{ version: string }>('select version from rule_versions')).rows.map(
        (r) => r.version,
      ),
    );
    for (const rules of DEFAULT_RULE_VERSIONS)
      if (!existing.has(rules.version)) await storeRuleVersion(tx, rules, null, now, feed);
    for (const item of DEMO_CATALOG) {
      const inserted = await tx.query(
        `insert into catalog (sku, name, family, topseller, list_price_cents) values ($1,$2,$3,$4,$5) on conflict do nothing`,
        [item.sku, item.name, item.family, item.topseller, item.list],
      );
      if (inserted.rowCount)
        feed.put({
          scope: VENDOR_SCOPE,
          kind: 'catalogItem',
          id: item.sku,
          ownerId: null,
          data: {
            sku: item.sku,
            name: item.name,
            family: item.family,
            topseller: item.topseller,
            listPriceCents: item.list,
            accelerator: false,
          },
        });
    }
    await feed.flush(tx);
  });
}

export interface DemoLogin {
  readonly username: string;
  readonly password: string;
  readonly role: Role;
  readonly partnerId: string | null;
}

/** Creates the demo world on an empty database and returns the logins (printed once, never stored). */
export async function seedDemo(
  db: Db,
  now: Date,
  password?: (user: DemoUser) => string,
): Promise<DemoLogin[]> {
  await seedReference(db, now);
  const logins: DemoLogin[] = [];
  const hashed: { user: DemoUser; hash: string }[] = [];
  for (const user of DEMO_USERS) {
    const secret = password ? password(user) : randomBytes(12).toString('base64url');
    logins.push({
      username: user.username,
      password: secret,
      role: user.role,
      partnerId: user.partnerId,
    });
    hashed.push({ user, hash: await hashPassword(secret) });
  }
  await db.transaction(async (tx) => {
    for (const partner of DEMO_PARTNERS) {
      await tx.query('insert into partners (id, name) values ($1, $2)', [partner.id, partner.name]);
      for (const reseller of partner.resellerIds)
        await tx.query('insert into reseller_ids (reseller_id, partner_id) values ($1, $2)', [
          reseller,
          partner.id,
        ]);
    }
    for (const { user, hash } of hashed)
      await tx.query(
        `insert into users (id, username, name, role, partner_id, manager_id, password_hash, may_claim, may_accept_elevate, leaderboard_consent)
         values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
        [
          user.id,
          user.username,
          user.name,
          user.role,
          user.partnerId,
          user.managerId ?? null,
          hash,
          user.role === 'rep' || user.role === 'manager',
          user.mayAcceptElevate ?? false,
          user.id === 'rep-ana',
        ],
      );
  });
  const today = now.toISOString().slice(0, 10);
  await ingestFile(db, new TextEncoder().encode(demoFeedCsv(today)), {
    fileName: 'demo-feed.csv',
    userId: 'vendor-admin',
    now,
  });
  return logins;
}
