import { db } from '../../data/db';
import { catalogLookup, getSetting } from '../../db/index';
import { parseDistributorFile, type ParseResult } from '../../../shared/import/index';
import { setExcelJsLoader } from '../../../shared/excel/load-exceljs';
import { loadExcelJsFile } from '../../export/exceljs-file';
import {
  applyStored,
  distributorOf,
  fullMapping,
  readStored,
  settingKey,
  type FullMapping,
} from './mapping-memory';
import { familyValuesKey, readFamilyValues, type FamilyValues } from './family-memory';
import { previewBytes, type PreviewBytes } from './preview-bytes';

export interface ChosenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface Preview {
  readonly file: ChosenFile;
  readonly sample: PreviewBytes;
  readonly result: ParseResult;
  readonly mapping: FullMapping;
  /** The rep's family for category texts that name none (remembered per distributor). */
  readonly familyValues: FamilyValues;
  /** Typed by the rep for files without a distributor column. */
  readonly typedDistributor: string;
  /** The file's distributor (from its rows, else the typed one): the mapping memory's key. */
  readonly distributor: string;
  /** The remembered column mapping of this distributor was applied. */
  readonly remembered: boolean;
  /** Remembered category values of this distributor were applied to this file's values. */
  readonly rememberedValues: boolean;
}

/**
 * The preview parses with exactly the options the import worker will get (see ImportScreen's
 * start: the same mapping, category values and distributor; the catalog from the same database).
 */
async function parseSample(
  file: ChosenFile,
  sample: PreviewBytes,
  mapping: FullMapping | undefined,
  distributor: string,
  familyValues: FamilyValues,
): Promise<ParseResult> {
  return parseDistributorFile(sample.bytes, {
    fileName: file.name,
    catalog: await catalogLookup(db),
    ...(mapping ? { mapping } : {}),
    ...(Object.keys(familyValues).length ? { familyValues } : {}),
    ...(distributor.trim() ? { distributor: distributor.trim() } : {}),
  });
}

// An XLSX preview reads the workbook here, on the main thread, from the build's one exceljs file.
setExcelJsLoader(loadExcelJsFile);

/**
 * Parses the file (or its first 256 KB) for the mapping screen, applying the distributor's
 * remembered column mapping and category values.
 */
export async function buildPreview(file: ChosenFile, typedDistributor = ''): Promise<Preview> {
  const sample = previewBytes(file.bytes, file.name);
  const first = await parseSample(file, sample, undefined, typedDistributor, {});
  const distributor = distributorOf(first, typedDistributor);
  const stored = distributor
    ? readStored(await getSetting<unknown>(db, settingKey(distributor), null))
    : null;
  const storedValues = distributor
    ? readFamilyValues(await getSetting<unknown>(db, familyValuesKey(distributor), null))
    : {};
  const detected = fullMapping(first.detected.mapping);
  const base = {
    file,
    sample,
    result: first,
    mapping: detected,
    familyValues: {},
    typedDistributor,
    distributor,
    remembered: false,
    rememberedValues: false,
  };
  if (!stored && Object.keys(storedValues).length === 0) return base;
  const mapping = stored
    ? { ...detected, ...applyStored(stored, first.detected.headers) }
    : detected;
  const result = await parseSample(file, sample, mapping, typedDistributor, storedValues);
  return {
    ...base,
    result,
    mapping,
    familyValues: storedValues,
    remembered: stored !== null,
    rememberedValues: result.detected.unknownFamilies.some((v) => v.mapped !== undefined),
  };
}

/** The same file again with the rep's column choices, category values or distributor. */
export async function reparse(
  preview: Preview,
  mapping: FullMapping,
  typedDistributor: string,
  familyValues: FamilyValues = preview.familyValues,
): Promise<Preview> {
  const result = await parseSample(
    preview.file,
    preview.sample,
    mapping,
    typedDistributor,
    familyValues,
  );
  return {
    ...preview,
    result,
    mapping,
    familyValues,
    typedDistributor,
    distributor: distributorOf(result, typedDistributor),
  };
}
