export type { LeapRedemptionStatus } from '../../../shared/index';
export type { ClaimRow, LeapActivityRow, LeapAwardRow, LeapRedemptionRow } from '../../db/index';
