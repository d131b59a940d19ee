import { InputError } from '../errors';

/** Product families of the vendor's catalog (seed 001). */
export const CLIENT_FAMILIES = [
  'notebook',
  'desktop',
  'workstation',
  'visuals',
  'peripheral',
  'client-services',
] as const;
/** Data-centre group (DCG) families. */
export const DCG_FAMILIES = ['server', 'server-option', 'storage', 'dcg-services'] as const;
export const FAMILIES = [...CLIENT_FAMILIES, ...DCG_FAMILIES] as const;

export type ClientFamily = (typeof CLIENT_FAMILIES)[number];
export type DcgFamily = (typeof DCG_FAMILIES)[number];
export type Family = (typeof FAMILIES)[number];
export type Segment = 'client' | 'dcg';

const FAMILY_SET: ReadonlySet<string> = new Set(FAMILIES);
const DCG_SET: ReadonlySet<string> = new Set(DCG_FAMILIES);

export function isFamily(value: unknown): value is Family {
  return typeof value === 'string' && FAMILY_SET.has(value);
}

export function assertFamily(value: unknown, field: string): Family {
  if (!isFamily(value)) {
    throw new InputError(
      'unknown_value',
      field,
      `unknown product family ${JSON.stringify(value)}; expected one of ${FAMILIES.join(', ')}`,
    );
  }
  return value;
}

export function segmentOf(family: Family): Segment {
  return DCG_SET.has(family) ? 'dcg' : 'client';
}

export function isDcg(family: Family): boolean {
  return DCG_SET.has(family);
}

export function isServices(family: Family): boolean {
  return family === 'client-services' || family === 'dcg-services';
}

/** Client "systems" in the seeds' sense: the units that count for topseller rebates and tiers. */
export function isClientSystem(family: Family): boolean {
  return family === 'notebook' || family === 'desktop' || family === 'workstation';
}

/** One orderable item: what a catalog row and an invoice line know about a SKU. */
export interface CatalogItem {
  readonly sku: string;
  readonly name: string;
  readonly family: Family;
  readonly topseller: boolean;
  readonly listPriceCents: number;
}
