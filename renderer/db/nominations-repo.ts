import {
  addDays,
  checkNomination,
  type IsoDate,
  type NominationCheck,
  type NominationMode,
  type NominationProgram,
} from '../../shared/index';
import type { PartnerRewardsDb } from './database';
import { guardStorage } from './errors';
import { enqueueMutation } from './outbox';
import type { NominationRow } from './rows';

/** The sync mutation a logged nomination becomes (carried by the sync engine with the others). */
export const NOMINATION_CREATE = 'nomination.create';

export interface NominationRequest {
  readonly id: string;
  readonly partnerId: string;
  readonly customerName: string;
  readonly date: IsoDate;
  readonly program: NominationProgram;
  readonly mode: NominationMode | null;
  readonly createdBy: string;
  readonly now: string;
  readonly maxPerWeek: number;
}

export type NominationOutcome =
  { readonly ok: true; readonly row: NominationRow } | Exclude<NominationCheck, { ok: true }>;

/**
 * Logs a nomination if this week has a slot (the check runs inside the write transaction, so two
 * windows cannot both take the 35th). The row and its `nomination.create` outbox mutation commit
 * together; the row's status is 'queued' (waiting to be sent) until the vendor answers.
 */
export async function addNomination(
  db: PartnerRewardsDb,
  request: NominationRequest,
): Promise<NominationOutcome> {
  return guardStorage(() =>
    db.transaction('rw', [db.nominations, db.outbox, db.syncState], async () => {
      const existing = await db.nominations
        .where('[partnerId+date]')
        .between(
          [request.partnerId, addDays(request.date, -7)],
          [request.partnerId, addDays(request.date, 7)],
          true,
          true,
        )
        .toArray();
      const sameName = await db.nominations
        .where('customerName')
        .equals(request.customerName.trim())
        .filter((n) => n.partnerId === request.partnerId)
        .toArray();
      const check = checkNomination(
        { customerName: request.customerName, date: request.date, program: request.program },
        [...existing, ...sameName.filter((n) => !existing.some((e) => e.id === n.id))],
        request.maxPerWeek,
      );
      if (!check.ok) return check;
      const row: NominationRow = {
        id: request.id,
        partnerId: request.partnerId,
        customerName: check.customerName,
        date: request.date,
        program: request.program,
        mode: request.program === 'ncb' ? (request.mode ?? 'upfront') : null,
        status: 'queued',
        createdBy: request.createdBy,
        createdAt: request.now,
      };
      await db.nominations.add(row);
      await enqueueMutation(db, NOMINATION_CREATE, row, request.now);
      return { ok: true, row };
    }),
  );
}

/** The partner's log, newest first. */
export async function listNominations(
  db: PartnerRewardsDb,
  partnerId: string,
): Promise<NominationRow[]> {
  const rows = await db.nominations
    .where('[partnerId+date]')
    .between([partnerId, ''], [partnerId, '\uffff'])
    .toArray();
  return rows.reverse();
}
