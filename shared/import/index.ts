/**
 * Distributor file import: the pure parse-and-validate core (no I/O, no database). A Web Worker
 * calls `parseDistributorFile` with the file's bytes and stores `rows`; `rejected` and
 * `fileError` go to the import report.
 */
export { parseDistributorFile, streamDistributorFile } from './parse';
export { guessMapping, normaliseHeader, resolveMapping } from './mapping';
export { decodeText, detectEncoding } from './decode';
export { detectDelimiter } from './detect-delimiter';
export { detectNumberStyle, parseAmount, parseWholeNumber, readNumber } from './numbers';
export type { IntegerParse, NumberStyle, WrittenNumber } from './numbers';
export { detectDateOrder, parseDate, excelSerialToIso } from './dates';
export { booleanOf, currencyOf, familyOf, familyValueKey } from './values';
export { sniffFileKind } from './sniff';
export { FIELDS, REJECT_CODES, FILE_ERROR_CODES, FILE_KINDS } from './types';
export type * from './types';
