import { isFamily, type Family } from '../../../shared/index';
import { familyValueKey, type UnknownFamilyValue } from '../../../shared/import/index';

/**
 * The rep's family for category texts that name none ("Dienstleistungen" → client-services),
 * remembered per distributor beside the column mapping. Stored as text → family; the parser
 * matches texts ignoring case, accents and punctuation.
 */
export type FamilyValues = Readonly<Record<string, Family>>;

export function familyValuesKey(distributor: string): string {
  return `importFamilyValues:${distributor.trim()}`;
}

/** A stored value from settings, checked: malformed entries are dropped. */
export function readFamilyValues(value: unknown): FamilyValues {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, Family> = {};
  for (const [text, family] of Object.entries(value))
    if (text.trim() !== '' && typeof family === 'string' && isFamily(family)) out[text] = family;
  return out;
}

/**
 * Sets (or, with null, clears) the family of one category text. An earlier spelling of the same
 * text ("SERVICES" for "Services") is replaced, so one value has one family.
 */
export function withFamilyValue(
  values: FamilyValues,
  text: string,
  family: Family | null,
): FamilyValues {
  const key = familyValueKey(text);
  const out: Record<string, Family> = {};
  for (const [t, f] of Object.entries(values)) if (familyValueKey(t) !== key) out[t] = f;
  if (family) out[text] = family;
  return out;
}

/**
 * What to remember for a distributor after an import: what was remembered before, updated with
 * this file's choices (a value this file has and the rep left unmapped is forgotten).
 */
export function mergeFamilyValues(
  stored: FamilyValues,
  chosen: FamilyValues,
  inFile: readonly UnknownFamilyValue[],
): FamilyValues {
  let out = stored;
  for (const value of inFile) out = withFamilyValue(out, value.value, null);
  for (const [text, family] of Object.entries(chosen)) out = withFamilyValue(out, text, family);
  return out;
}
