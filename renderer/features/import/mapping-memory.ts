import {
  FIELDS,
  normaliseHeader,
  type ColumnMapping,
  type Field,
  type ParseResult,
} from '../../../shared/import/index';

/** A mapping as the screen holds it: every field → a column index, or null for "none". */
export type FullMapping = Record<Field, number | null>;

/** As remembered per distributor: every field → a header text, or null. Survives column moves. */
export type StoredMapping = Partial<Record<Field, string | null>>;

export function settingKey(distributor: string): string {
  return `importMapping:${distributor.trim()}`;
}

export function fullMapping(detected: ColumnMapping): FullMapping {
  const out = {} as FullMapping;
  for (const field of FIELDS) out[field] = detected[field] ?? null;
  return out;
}

export function toStored(mapping: FullMapping, headers: readonly string[]): StoredMapping {
  const out: StoredMapping = {};
  for (const field of FIELDS) {
    const index = mapping[field];
    out[field] = index === null ? null : (headers[index] ?? null);
  }
  return out;
}

/** A stored value from settings, checked: anything malformed is treated as "nothing stored". */
export function readStored(value: unknown): StoredMapping | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const out: StoredMapping = {};
  for (const [field, header] of Object.entries(value)) {
    if (!(FIELDS as readonly string[]).includes(field)) continue;
    if (header !== null && typeof header !== 'string') continue;
    out[field as Field] = header;
  }
  return Object.keys(out).length ? out : null;
}

/**
 * The remembered choices that fit this file's headers, as column indices: a remembered header the
 * file lacks is left to detection; "none" stays none.
 */
export function applyStored(
  stored: StoredMapping,
  headers: readonly string[],
): Partial<FullMapping> {
  const normalised = headers.map(normaliseHeader);
  const out: Partial<FullMapping> = {};
  for (const field of FIELDS) {
    if (!(field in stored)) continue;
    const header = stored[field];
    if (header === null || header === undefined) {
      out[field] = null;
      continue;
    }
    const index = normalised.indexOf(normaliseHeader(header));
    if (index >= 0) out[field] = index;
  }
  return out;
}

/** The distributor a file is from: the first row's (accepted or rejected), else the fallback. */
export function distributorOf(result: ParseResult, fallback: string): string {
  const first = result.rows[0]?.distributor;
  if (first) return first;
  const column = result.detected.mapping.distributor;
  const header = column === undefined ? undefined : result.detected.headers[column];
  if (header !== undefined)
    for (const rejected of result.rejected) {
      const cell = rejected.raw[header]?.trim();
      if (cell) return cell;
    }
  return fallback.trim();
}
