import {
  DEFAULT_RULE_VERSIONS,
  DEAL_2020,
  ELEVATE_2019,
  LEAP_2019,
  SPIFF_2017,
  addDays,
  fiscalYearOf,
  previousQuarters,
  parseQuarterKey,
  quarterEnd,
  quarterKey,
  quarterOf,
  quarterStart,
  type InvoiceLine,
  type IsoDate,
  type LeapRules,
} from '../../shared/index';
import {
  acceptElevateTarget,
  claimLines,
  putCatalog,
  putRuleVersions,
  putUsers,
  saveDealPlan,
  transitionClaims,
  upsertInvoiceLines,
  leapBalanceOf,
  readLeapLedger,
  requestLeapRedemption,
  ALL_TABLES,
  type PartnerRewardsDb,
  type UserRow,
} from '../db/index';
import { elevateTarget, seededRandom } from '../../shared/index';
import { REWARDS } from '../features/leap/rewards';
import { DEMO_CATALOG } from './catalog';

/**
 * A realistic demo: one partner, three reps and a manager, five quarters of invoices across every
 * family (up to `today`), claims in every status, Elevate enrolments, LEAP learning and
 * redemptions, and two saved deal plans — so a newcomer sees every screen working at once.
 * Deterministic for a given `today`.
 */
export const DEMO_PARTNER = { id: 'P-1001', name: 'Northwind IT Solutions' };

export const DEMO_USERS: readonly UserRow[] = [
  {
    id: 'rep-ana',
    name: 'Ana Kowalski',
    role: 'rep',
    partnerId: DEMO_PARTNER.id,
    canAcceptTargets: false,
    mayClaim: true,
  },
  {
    id: 'rep-ben',
    name: 'Ben Okafor',
    role: 'rep',
    partnerId: DEMO_PARTNER.id,
    canAcceptTargets: false,
    mayClaim: true,
  },
  {
    id: 'rep-chen',
    name: 'Chen Wei',
    role: 'rep',
    partnerId: DEMO_PARTNER.id,
    canAcceptTargets: false,
    mayClaim: true,
  },
  {
    id: 'mgr-maria',
    name: 'Maria Rossi',
    role: 'manager',
    partnerId: DEMO_PARTNER.id,
    canAcceptTargets: true,
    // Seed 004: the partner chooses which personas may claim; Northwind lets its manager claim
    // too (as the server's demo does), so her claims must show in the team's figures.
    mayClaim: true,
  },
];
const REPS = DEMO_USERS.filter((u) => u.role === 'rep');
const CUSTOMERS = [
  'Müller Maschinenbau GmbH',
  'Acme Logistics Inc.',
  'Café Lumière SARL',
  'Contoso Health',
  'Fabrikam Schools',
  'Żabka Retail Sp. z o.o.',
  'Riverside Dental',
  'Tailspin Aviation',
  'Wide World Importers',
  '上海星辰科技有限公司',
];
const DISTRIBUTORS = ['TD SYNNEX', 'Ingram Micro'];

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`demo data: no item ${index}`);
  return item;
}

/** The demo's LEAP rules for the current program year: this year's promotions. */
export function demoLeapRules(today: IsoDate): LeapRules {
  const year = fiscalYearOf(today);
  return {
    ...LEAP_2019,
    version: `leap-demo-${year.fiscalYear}`,
    effectiveFrom: year.start,
    source: 'demo data: regional promotions of the current program year',
    illustrative: ['activityPoints', 'salePointsPerUnit', 'centsPer100Points', 'promotions'],
    promotions: [
      {
        id: `sell-and-learn-${year.fiscalYear}`,
        name: 'Sell & Learn',
        from: year.start,
        to: year.end,
        kind: 'bonus',
        points: 6_000,
        region: 'EMEA',
      },
      {
        id: `thinksystem-sprint-${year.fiscalYear}`,
        name: 'ThinkSystem Sprint leaderboard',
        from: addDays(year.start, 183),
        to: year.end,
        kind: 'leaderboard',
        points: 0,
        region: 'global',
      },
    ],
  };
}

/** How often each family sells at a small reseller: mostly notebooks and desktops. */
const FAMILY_WEIGHT: Record<string, number> = {
  notebook: 6,
  desktop: 4,
  workstation: 1,
  visuals: 2,
  peripheral: 2,
  'client-services': 2,
  server: 1.2,
  'server-option': 1,
  storage: 0.5,
  'dcg-services': 1,
};
const WEIGHTS = DEMO_CATALOG.map((item) => FAMILY_WEIGHT[item.family] ?? 1);
const WEIGHT_TOTAL = WEIGHTS.reduce((a, b) => a + b, 0);

function pickWeighted(r: number): (typeof DEMO_CATALOG)[number] {
  let left = r * WEIGHT_TOTAL;
  for (const [i, weight] of WEIGHTS.entries()) {
    left -= weight;
    if (left <= 0) return itemAt(DEMO_CATALOG, i);
  }
  return itemAt(DEMO_CATALOG, DEMO_CATALOG.length - 1);
}

export function demoInvoiceLines(today: IsoDate): InvoiceLine[] {
  const rand = seededRandom(20261125);
  const current = quarterOf(today);
  const quarters = [...previousQuarters(current, 4), current];
  const lines: InvoiceLine[] = [];
  quarters.forEach((q, qi) => {
    const start = quarterStart(q);
    const end = quarterEnd(q) < today ? quarterEnd(q) : today;
    const days = Math.max(1, Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1);
    // A small Authorized reseller (the programs' audience): a few dozen invoices a quarter,
    // growing over time so Elevate targets move.
    const invoices = 14 + qi * 3;
    for (let n = 0; n < invoices; n += 1) {
      const distributor = DISTRIBUTORS[n % 2] as string;
      const invoiceNo = `${distributor === 'TD SYNNEX' ? 'TDS' : 'IM'}-${quarterKey(q).replace('-', '')}-${String(n + 1).padStart(4, '0')}`;
      const date = addDays(start, Math.floor(rand() * days));
      const customer = CUSTOMERS[Math.floor(rand() * CUSTOMERS.length)] as string;
      const lineCount = 1 + Math.floor(rand() * 2);
      for (let l = 1; l <= lineCount; l += 1) {
        const item = pickWeighted(rand());
        const quantity =
          item.family === 'storage' || item.family === 'server'
            ? 1
            : 1 + Math.floor(rand() * (item.family === 'notebook' ? 4 : 3));
        const discountBps = 1_500 + Math.floor(rand() * 1_000);
        lines.push({
          distributor,
          partnerId: DEMO_PARTNER.id,
          invoiceNo,
          lineNo: l,
          date,
          sku: item.sku,
          family: item.family,
          topseller: item.topseller,
          quantity,
          unitPriceCents: Math.round((item.listPriceCents * (10_000 - discountBps)) / 10_000),
          currency: 'USD',
          customerName: customer,
        });
      }
    }
  });
  return lines;
}

/**
 * Replaces everything on this computer with the demo set in ONE transaction: a window closed
 * halfway (the load takes seconds) leaves the previous data untouched, never half a demo. The
 * caller asks the person first when there is anything to replace (`countLocalData`).
 */
export async function loadDemoData(
  db: PartnerRewardsDb,
  today: IsoDate,
  now: string,
): Promise<void> {
  await db.transaction(
    'rw',
    ALL_TABLES.map((t) => db.table(t)),
    () => writeDemoData(db, today, now),
  );
}

async function writeDemoData(db: PartnerRewardsDb, today: IsoDate, now: string): Promise<void> {
  await clearAllData(db);
  await putRuleVersions(db, [...DEFAULT_RULE_VERSIONS, demoLeapRules(today)]);
  await putUsers(db, DEMO_USERS);
  await putCatalog(db, DEMO_CATALOG);
  const lines = demoInvoiceLines(today);
  await upsertInvoiceLines(db, lines, 'demo', {
    acceleratorSkus: new Set(DEMO_CATALOG.filter((c) => c.accelerator).map((c) => c.sku)),
  });
  await db.importBatches.put({
    id: 'demo',
    fileName: 'demo-data.csv',
    distributor: 'TD SYNNEX',
    startedAt: now,
    finishedAt: now,
    status: 'done',
    totalRows: lines.length,
    doneRows: lines.length,
    inserted: lines.length,
    updated: 0,
    unchanged: 0,
    quarantined: 0,
  });

  const rules = { spiff: SPIFF_2017, deal: DEAL_2020, leap: demoLeapRules(today) };
  const current = quarterKey(quarterOf(today));
  const rand = seededRandom(7);
  const rows = await db.invoiceLines.toArray();
  const eligible = rows
    .filter((r) => SPIFF_2017.perUnitCents[r.family] > 0)
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  // Each rep claims about half of the eligible lines; statuses follow the quarter's age. Claims
  // are written in groups (quarter × rep × program × fate), a few dozen transactions in all.
  type Fate = 'draft' | 'queued' | 'submitted' | 'approved' | 'paid' | 'rejected';
  const groups = new Map<
    string,
    {
      quarter: string;
      repId: string;
      program: 'spiff' | 'leap';
      fate: Fate;
      keys: string[];
      day: IsoDate;
    }
  >();
  for (const [i, line] of eligible.entries()) {
    if (rand() < 0.45) continue;
    const rep = itemAt(REPS, i % REPS.length);
    const program = rand() < 0.12 ? 'leap' : 'spiff';
    const isCurrent = line.quarter === current;
    const roll = rand();
    const fate: Fate = isCurrent
      ? roll < 0.1
        ? 'draft'
        : roll < 0.4
          ? 'queued'
          : roll < 0.75
            ? 'submitted'
            : roll > 0.95
              ? 'rejected'
              : 'approved'
      : roll > 0.92
        ? 'rejected'
        : 'paid';
    const end = quarterEnd(parseQuarterKey(line.quarter));
    const day = end < today ? end : today;
    const id = `${line.quarter}|${rep.id}|${program}|${fate}`;
    const group = groups.get(id) ?? {
      quarter: line.quarter,
      repId: rep.id,
      program,
      fate,
      keys: [],
      day,
    };
    group.keys.push(line.key);
    groups.set(id, group);
  }
  const path: Record<Fate, readonly ('submitted' | 'approved' | 'paid' | 'rejected')[]> = {
    draft: [],
    queued: [],
    submitted: ['submitted'],
    approved: ['submitted', 'approved'],
    paid: ['submitted', 'approved', 'paid'],
    rejected: ['submitted', 'rejected'],
  };
  const reasons = [
    'Invoice line not found in distributor sales-out data',
    'SKU not in the SPIFF-eligible list on the invoice date',
  ];
  for (const group of groups.values()) {
    const now = `${group.day}T10:00:00.000Z`;
    const { claimed } = await claimLines(
      db,
      {
        lineKeys: group.keys,
        program: group.program,
        repId: group.repId,
        now,
        today: group.day,
        acceptWarnings: true,
        status: group.fate === 'draft' ? 'draft' : 'queued',
      },
      rules,
    );
    const ids = claimed.map((c) => c.id);
    for (const [step, to] of path[group.fate].entries()) {
      const at = `${group.day}T1${step + 1}:00:00.000Z`;
      await transitionClaims(db, {
        ids,
        to,
        by: 'vendor',
        now: at,
        ...(to === 'rejected' ? { reason: itemAt(reasons, ids.length % 2) } : {}),
      });
    }
  }

  // Elevate: the manager accepted every past quarter's target; the current one is still open.
  const manager = itemAt(
    DEMO_USERS.filter((u) => u.role === 'manager'),
    0,
  );
  for (const [i, q] of previousQuarters(quarterOf(today), 3).entries()) {
    const previous = previousQuarters(q, 4).map(quarterKey);
    const revenue = previous.map((key) =>
      rows.filter((r) => r.quarter === key).reduce((s, r) => s + r.lineTotalCents, 0),
    );
    const target = elevateTarget(
      { previousQuarterRevenueCents: revenue },
      ELEVATE_2019,
    ).targetCents;
    await acceptElevateTarget(
      db,
      {
        partnerId: DEMO_PARTNER.id,
        quarter: quarterKey(q),
        targetCents: target,
        acceptedOn: addDays(quarterStart(q), i === 1 ? 40 : 12),
        user: manager,
        now,
      },
      ELEVATE_2019,
    );
  }

  // LEAP: courses and certifications, a promotion bonus, redemptions.
  const year = fiscalYearOf(today);
  const leap = demoLeapRules(today);
  const courses = [
    'ThinkSystem SR650 V3 essentials',
    'Selling hybrid cloud storage',
    'ThinkAgile HX overview',
    'Data centre services attach',
    'ThinkPad security stack',
    'Workstation for engineering',
  ];
  let activityId = 0;
  for (const [r, rep] of REPS.entries()) {
    for (let c = 0; c < 4 + r * 2; c += 1) {
      activityId += 1;
      const completedOn = addDays(
        year.start,
        Math.min(
          20 + c * 23 + r * 5,
          Math.max(0, Math.round((Date.parse(today) - Date.parse(year.start)) / 86_400_000)),
        ),
      );
      const kind = c === 3 && r !== 1 ? 'certification' : c % 3 === 2 ? 'roadmap' : 'course';
      await db.leapActivities.put({
        id: `act-${activityId}`,
        userId: rep.id,
        kind,
        title:
          kind === 'certification'
            ? 'Lenovo Enterprise Certification: Sales'
            : itemAt(courses, (c + r) % courses.length),
        completedOn,
        points: leap.activityPoints[kind],
      });
    }
  }
  await db.leapAwards.put({
    id: 'award-1',
    userId: 'rep-ana',
    promotionId: itemAt(leap.promotions, 0).id,
    awardedOn: addDays(year.start, 60),
  });
  // Redemptions go through the same repository and balance check as the LEAP screen: each rep
  // redeems the dearest reward its balance covers on that day, or nothing.
  const wishes = [
    { id: 'red-1', userId: 'rep-ana', on: addDays(year.start, 90), status: 'fulfilled' as const },
    { id: 'red-2', userId: 'rep-ben', on: addDays(today, -3), status: 'requested' as const },
  ];
  for (const wish of wishes) {
    if (wish.on < year.start || wish.on > today) continue;
    const ledger = await readLeapLedger(db, wish.userId);
    const { balancePoints } = leapBalanceOf(wish.userId, wish.on, ledger, leap);
    const affordable = REWARDS.filter((r) => r.points <= balancePoints).sort(
      (a, b) => a.points - b.points,
    );
    const reward = affordable[affordable.length - 1];
    if (!reward) continue;
    await requestLeapRedemption(
      db,
      {
        id: wish.id,
        userId: wish.userId,
        rewardId: reward.id,
        points: reward.points,
        requestedOn: wish.on,
        status: wish.status,
      },
      now,
      leap,
    );
  }

  // Two saved deal plans, one of them the seed's stacked example.
  await saveDealPlan(db, {
    id: 'plan-seed',
    name: 'x3650 + 3Y support, new customer (seed example)',
    // The seed's example was priced under the 2017 rules (services rebate on services only).
    date: '2017-06-30',
    createdAt: now,
    updatedAt: now,
    input: {
      customer: 'new',
      lines: [
        { family: 'server', topseller: true, quantity: 3, partnerPriceCents: 774_500 },
        { family: 'dcg-services', topseller: true, quantity: 3, partnerPriceCents: 314_000 },
      ],
      lineMeta: [
        { sku: '8871KJU', name: 'System x3650 M5 Rack Server', listPriceCents: 990_000 },
        { sku: '01JY247', name: '3Y TopSeller Max Support (DCG)', listPriceCents: 359_400 },
      ],
    },
  });
  await saveDealPlan(db, {
    id: 'plan-school',
    name: 'Fabrikam Schools refresh (registered)',
    date: today,
    createdAt: now,
    updatedAt: now,
    input: {
      customer: 'registered',
      lines: [
        { family: 'notebook', topseller: true, quantity: 40, partnerPriceCents: 40 * 55_000 },
        {
          family: 'client-services',
          topseller: true,
          quantity: 40,
          partnerPriceCents: 40 * 16_000,
        },
        { family: 'visuals', topseller: true, quantity: 10, partnerPriceCents: 10 * 23_000 },
      ],
      lineMeta: [
        { sku: '21KC002KUS', name: 'ThinkPad E16 Gen 1', listPriceCents: 40 * 64_900 },
        { sku: '5WS0K75650', name: '3Y Premier Support (client)', listPriceCents: 40 * 19_900 },
        { sku: '63D6UAR3US', name: 'ThinkVision T27i-30 Monitor', listPriceCents: 10 * 27_900 },
      ],
    },
  });
  await db.settings.put({ key: 'demoLoadedAt', value: now });
}

/** Empties every table (demo data or not): "clear demo data" and the start of a restore. */
export async function clearAllData(db: PartnerRewardsDb): Promise<void> {
  await db.transaction(
    'rw',
    ALL_TABLES.map((t) => db.table(t)),
    async () => {
      for (const name of ALL_TABLES) await db.table(name).clear();
    },
  );
}
