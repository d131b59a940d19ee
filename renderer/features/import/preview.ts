import { db } from '../../data/db';
import { catalogLookup, getSetting } from '../../db/index';
import { parseDistributorFile, type ParseResult } from '../../../shared/import/index';
import {
  applyStored,
  distributorOf,
  fullMapping,
  readStored,
  settingKey,
  type FullMapping,
} from './mapping-memory';
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
  /** Typed by the rep for files without a distributor column. */
  readonly typedDistributor: string;
  /** The file's distributor (from its rows, else the typed one): the mapping memory's key. */
  readonly distributor: string;
  /** The remembered mapping of this distributor was applied. */
  readonly remembered: boolean;
}

async function parseSample(
  file: ChosenFile,
  sample: PreviewBytes,
  mapping: FullMapping | undefined,
  distributor: string,
): Promise<ParseResult> {
  return parseDistributorFile(sample.bytes, {
    fileName: file.name,
    catalog: await catalogLookup(db),
    ...(mapping ? { mapping } : {}),
    ...(distributor.trim() ? { distributor: distributor.trim() } : {}),
  });
}

/** Parses the file (or its first 256 KB) for the mapping screen, applying a remembered mapping. */
export async function buildPreview(file: ChosenFile, typedDistributor = ''): Promise<Preview> {
  const sample = previewBytes(file.bytes, file.name);
  const first = await parseSample(file, sample, undefined, typedDistributor);
  const distributor = distributorOf(first, typedDistributor);
  const stored = distributor
    ? readStored(await getSetting<unknown>(db, settingKey(distributor), null))
    : null;
  const detected = fullMapping(first.detected.mapping);
  if (!stored)
    return {
      file,
      sample,
      result: first,
      mapping: detected,
      typedDistributor,
      distributor,
      remembered: false,
    };
  const mapping = { ...detected, ...applyStored(stored, first.detected.headers) };
  const result = await parseSample(file, sample, mapping, typedDistributor);
  return { file, sample, result, mapping, typedDistributor, distributor, remembered: true };
}

/** The same file again with the rep's column choices or distributor. */
export async function reparse(
  preview: Preview,
  mapping: FullMapping,
  typedDistributor: string,
): Promise<Preview> {
  const result = await parseSample(preview.file, preview.sample, mapping, typedDistributor);
  return {
    ...preview,
    result,
    mapping,
    typedDistributor,
    distributor: distributorOf(result, typedDistributor),
  };
}
