/**
 * Schema versions only move forward. Each version lists every table's indexes as Dexie expects:
 * primary key first ('&' unique, '++' auto-increment), then indexes; '[a+b]' is compound.
 * Version 1 is the first shipped shape; version 2 added the per-rep claim aggregates (v1 summed
 * claims on the fly) and the users table; version 3 added LEAP promotion awards; version 4 added the weekly revenue aggregates (built from
 * the invoice lines in the upgrade).
 * Version 5 added the NCB nomination and deal-registration log (a new table, nothing to transform).
 * An upgrade is a function from the previous version's data.
 */
export const DB_VERSION = 5;

export const SCHEMA_V1 = {
  invoiceLines: 'key, [quarter+date]',
  claims: 'id, lineKey, &activeKey, [quarter+repId], status, program',
  outbox: '++seq, &mutationId',
  lineAggregates: 'id, quarter',
  catalog: 'sku, family',
  ruleVersions: 'version, program',
  elevateEnrolments: 'id, quarter',
  leapActivities: 'id, userId, completedOn',
  leapRedemptions: 'id, userId, requestedOn',
  dealPlans: 'id, updatedAt',
  importBatches: 'id, startedAt, status',
  quarantine: '++id, batchId',
  settings: 'key',
  syncState: 'key',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  claimAggregates: 'id, [quarter+repId], quarter',
  users: 'id, partnerId',
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  leapAwards: 'id, userId',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  weeklyAggregates: 'id, quarter',
} as const;

export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  nominations: 'id, date, [partnerId+date], customerName',
} as const;

export type TableName = keyof typeof SCHEMA_V5;
