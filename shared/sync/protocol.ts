import { z } from '../zod';
import { isIsoDate } from '../calendar/dates';
import { CLAIM_PROGRAMS, CLAIM_STATUSES } from '../claims/claim-status';
import { LEAP_REDEMPTION_STATUSES } from '../calculators/leap';
import { LEAP_ACTIVITY_KINDS } from '../rules/schemas';

/**
 * The sync wire protocol between the app and the server of record (Replicache-style push/pull).
 * Both sides parse with these schemas, so a field one side sends is a field the other accepts.
 * README "Sync protocol" explains the rules around them (ordering, replay, rejection, cursors).
 */

/** C0 controls and DEL, except U+001F (the unit separator in invoice line keys). */
const isControl = (code: number) => code < 0x1f || code === 0x7f;
const isoDate = z.string().refine(isIsoDate, { message: 'expected a date as YYYY-MM-DD' });
/**
 * Text PostgreSQL can store: no NUL (text cannot hold it) and no half of a surrogate pair (JSON
 * cannot carry it into jsonb). Refused here, such text is one mutation's invalid_args; let
 * through, it failed its whole push at the database on every retry.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const storable = (s: string) => !s.includes('\u0000') && !LONE_SURROGATE.test(s);
const STORABLE = { message: 'a NUL character or half of a surrogate pair' };
/** Ids travel as text; control characters other than the unit separator the app uses are refused. */
const id = z
  .string()
  .min(1)
  .max(200)
  .refine((s) => ![...s].some((c) => isControl(c.charCodeAt(0))), {
    message: 'control characters',
  })
  .refine(storable, STORABLE);
const text = (max: number) => z.string().max(max).refine(storable, STORABLE);
const count = z.number().int().nonnegative().refine(Number.isSafeInteger, { message: 'too large' });

/** An install's id: chosen by the client once, then bound to the first user who pushes with it. */
export const ClientIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'letters, digits, - and _ only' });

export const MUTATION_NAMES = [
  'claim.create',
  'claim.withdraw',
  'elevate.accept',
  'leap.activity',
  'leap.redeem',
] as const;
export type MutationName = (typeof MUTATION_NAMES)[number];

/** What `claim.create` carries: the claim as the app computed it (the server recomputes). */
export const ClaimCreateArgsSchema = z
  .object({
    claimId: id,
    lineKey: id,
    program: z.enum(CLAIM_PROGRAMS),
    repId: id,
    amount: count,
    unit: z.enum(['USD', 'EUR', 'points']),
    ruleVersion: text(100).min(1),
    nominatedCustomerName: text(300).optional(),
  })
  .strict();
export const ClaimWithdrawArgsSchema = z.object({ claimId: id }).strict();
export const ElevateAcceptArgsSchema = z
  .object({
    id: id,
    partnerId: id,
    quarter: z.string().regex(/^FY\d{4}-Q[1-4]$/, { message: 'expected a quarter like FY2026-Q1' }),
    targetCents: count,
    acceptedOn: isoDate,
    level: z.enum(['top', 'entry', 'closed']),
    acceptedBy: id,
    ruleVersion: text(100).min(1),
  })
  .strict();
export const LeapActivityArgsSchema = z
  .object({
    id: id,
    userId: id,
    kind: z.enum(LEAP_ACTIVITY_KINDS),
    title: text(300).min(1),
    completedOn: isoDate,
    points: count,
  })
  .strict();
export const LeapRedeemArgsSchema = z
  .object({
    id: id,
    userId: id,
    rewardId: id,
    points: count.refine((n) => n > 0, { message: 'must be positive' }),
    requestedOn: isoDate,
    status: z.enum(LEAP_REDEMPTION_STATUSES),
  })
  .strict();

export const MUTATION_ARGS = {
  'claim.create': ClaimCreateArgsSchema,
  'claim.withdraw': ClaimWithdrawArgsSchema,
  'elevate.accept': ElevateAcceptArgsSchema,
  'leap.activity': LeapActivityArgsSchema,
  'leap.redeem': LeapRedeemArgsSchema,
} as const satisfies Record<MutationName, z.ZodType>;
export type MutationArgs = { [N in MutationName]: z.infer<(typeof MUTATION_ARGS)[N]> };

/** The envelope is strict; `args` is checked per mutation so one bad mutation is rejected alone. */
export const MutationSchema = z
  .object({
    id: z.number().int().positive().refine(Number.isSafeInteger, { message: 'too large' }),
    name: text(100).min(1),
    args: z.unknown(),
  })
  .strict();
export type Mutation = z.infer<typeof MutationSchema>;

export const PUSH_MAX_MUTATIONS = 500;
export const PushRequestSchema = z
  .object({
    clientId: ClientIdSchema,
    mutations: z.array(MutationSchema).max(PUSH_MAX_MUTATIONS),
  })
  .strict()
  .refine((r) => r.mutations.every((m, i) => i === 0 || m.id > (r.mutations[i - 1]?.id ?? 0)), {
    message: 'mutation ids must increase',
    path: ['mutations'],
  });
export type PushRequest = z.infer<typeof PushRequestSchema>;

/**
 * Why a mutation was refused for good. The app shows `message`; `code` decides what it does
 * (a rejected claim goes back to the rep with the reason; nothing is retried).
 */
export const REASON_CODES = [
  'unknown_mutation',
  'invalid_args',
  'not_permitted',
  'line_not_found',
  'family_not_eligible',
  'outside_claim_window',
  'line_in_future',
  'over_spiff_cap',
  'already_claimed',
  'customer_name_mismatch',
  'value_mismatch',
  'no_rule_in_force',
  'claim_not_found',
  'illegal_transition',
  'already_accepted',
  'duplicate_id',
  'insufficient_points',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * What a refusal is about, as values (a date, an amount in minor units, a status), so the app
 * can say it in the rep's language; `message` is the server's English sentence for logs and for an
 * app that does not know the code.
 */
export const RejectionDetailsSchema = z.record(
  z.string().max(40),
  z.union([z.string().max(200), z.number()]),
);
export type RejectionDetails = z.infer<typeof RejectionDetailsSchema>;

export const MutationResultSchema = z.discriminatedUnion('status', [
  z.object({ id: z.number().int(), status: z.literal('applied') }).strict(),
  /** Already processed (id ≤ lastMutationId): nothing happened now. */
  z.object({ id: z.number().int(), status: z.literal('duplicate') }).strict(),
  z
    .object({
      id: z.number().int(),
      status: z.literal('rejected'),
      code: z.enum(REASON_CODES),
      message: z.string(),
      details: RejectionDetailsSchema.optional(),
    })
    .strict(),
]);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = z
  .object({ lastMutationId: count, results: z.array(MutationResultSchema) })
  .strict();
export type PushResponse = z.infer<typeof PushResponseSchema>;

/**
 * A pull cursor is opaque to the client: it sends back what the last page returned. It holds one
 * server-assigned sequence per feed the user reads (the vendor-wide feed and its partner's feed).
 * The empty cursor means "from the beginning".
 */
export const CursorSchema = z
  .string()
  .max(64)
  .regex(/^(\d{1,15}\.\d{1,15})?$/, { message: 'not a cursor this server issued' });
/**
 * Each page is one IndexedDB transaction in the app, and each transaction costs a fixed ~15-25 ms
 * (start, aggregates, cursor, commit). A first sync of 100,000 lines (median of runs on one
 * machine): pages of 1,000 took 13.6 s, of 2,000 12.0 s, of 5,000 11.3 s, with fewer long tasks
 * (12 against 18-25, none much over 100 ms). A 5,000-row page is about 2.5 MB of JSON.
 */
export const PULL_MAX_LIMIT = 5000;
export const PullQuerySchema = z
  .object({
    cursor: CursorSchema.default(''),
    limit: z.coerce.number().int().min(1).max(PULL_MAX_LIMIT).default(500),
    clientId: ClientIdSchema,
  })
  .strict();
export type PullQuery = z.infer<typeof PullQuerySchema>;

export const ROW_KINDS = [
  'invoiceLine',
  'claim',
  'ruleVersion',
  'catalogItem',
  'elevateTarget',
  'elevateEnrolment',
  'leapActivity',
  'leapRedemption',
  'leaderboardEntry',
  'user',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/**
 * A JSON object, as z.record(z.string(), z.unknown()) accepts it, but checked once instead of key
 * by key into a copy: a first sync reads 100,000 rows' data, and each kind is parsed in full by
 * the side that stores it.
 */
const jsonObject = z.custom<Record<string, unknown>>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    [Object.prototype, null].includes(Object.getPrototypeOf(v) as object | null),
  { message: 'expected an object' },
);

/** A row changed since the cursor; `deleted` rows (tombstones) carry no data. */
export const PulledRowSchema = z.discriminatedUnion('deleted', [
  z
    .object({
      kind: z.enum(ROW_KINDS),
      id: z.string(),
      deleted: z.literal(false),
      data: jsonObject,
    })
    .strict(),
  z.object({ kind: z.enum(ROW_KINDS), id: z.string(), deleted: z.literal(true) }).strict(),
]);
export type PulledRow = z.infer<typeof PulledRowSchema>;

/**
 * Sent with the first pull of a run that wants to show progress ("12,000 of 100,000 lines"): the
 * server then counts the invoice lines after the request's cursor and answers `linesAhead`. A
 * header, not a query field: a server that does not know it ignores it (the query is strict).
 */
export const PULL_LINES_AHEAD_HEADER = 'x-lines-ahead';

export const PullResponseSchema = z
  .object({
    /** Send this back on the next pull. */
    cursor: CursorSchema,
    /** More rows wait beyond this page: pull again at once. */
    hasMore: z.boolean(),
    /** The client's last mutation the server has processed: drop outbox rows up to it. */
    lastMutationId: count,
    rows: z.array(PulledRowSchema),
    /**
     * Invoice lines after the request's cursor (this page's included) when it was read; only
     * when the request carried PULL_LINES_AHEAD_HEADER. Lines changed meanwhile may come again.
     */
    linesAhead: count.optional(),
  })
  .strict();
export type PullResponse = z.infer<typeof PullResponseSchema>;

/** One step of a claim's history: who moved it to which status when (and why, if refused). */
export const ClaimStatusChangeSchema = z.object({
  status: z.enum(CLAIM_STATUSES),
  at: z.string(),
  by: z.string(),
  reason: z.string().optional(),
});

/** The claim as the server of record holds it (a pulled `claim` row's data). */
export const ServerClaimSchema = z
  .object({
    id: z.string(),
    lineKey: z.string(),
    program: z.enum(CLAIM_PROGRAMS),
    repId: z.string(),
    partnerId: z.string(),
    quarter: z.string(),
    family: z.string(),
    units: z.number().int(),
    amount: z.number().int(),
    unit: z.string(),
    status: z.enum(CLAIM_STATUSES),
    reason: z.string().optional(),
    nominatedCustomerName: z.string().optional(),
    ruleVersion: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Optional: servers before it was sent leave it out. */
    history: z.array(ClaimStatusChangeSchema).optional(),
  })
  .strict();
export type ServerClaim = z.infer<typeof ServerClaimSchema>;

export const LoginRequestSchema = z
  .object({ username: text(200).min(1), password: text(1000).min(1) })
  .strict();
export const LoginResponseSchema = z
  .object({
    token: z.string(),
    expiresAt: z.string(),
    user: z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(['rep', 'manager', 'partner_admin', 'vendor_admin']),
      partnerId: z.string().nullable(),
    }),
  })
  .strict();

/** Every error body the server sends: a code, a sentence, and for a bad body the fields. */
export const ErrorBodySchema = z
  .object({
    error: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .strict();
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
