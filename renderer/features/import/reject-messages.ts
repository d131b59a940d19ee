import type { Field, FileError, RejectCode } from '../../../shared/import/index';

/** The field each reject code is about (quarantined rows store only the code). */
const FIELD_OF_CODE: Readonly<Record<RejectCode, Field | null>> = {
  wrong_column_count: null,
  missing_distributor: 'distributor',
  missing_partner: 'partnerId',
  missing_invoice_no: 'invoiceNo',
  missing_line_no: 'lineNo',
  bad_line_no: 'lineNo',
  bad_date: 'date',
  date_out_of_range: 'date',
  missing_sku: 'sku',
  unknown_sku: 'sku',
  unknown_family: 'family',
  bad_topseller: 'topseller',
  bad_quantity: 'quantity',
  negative_quantity: 'quantity',
  bad_price: 'unitPrice',
  negative_price: 'unitPrice',
  unknown_currency: 'currency',
  duplicate_in_file: null,
};

function isRejectCode(code: string): code is RejectCode {
  return Object.hasOwn(FIELD_OF_CODE, code);
}

export interface RejectMessage {
  /** Translation key: import.reject.<code> (import.reject.unknown for a code this build lacks). */
  readonly key: string;
  /** The field whose name goes into the sentence, if any. */
  readonly field: Field | null;
  /** The cell text the sentence names (an unknown category value), if any. */
  readonly value?: string;
}

/** Codes whose sentence names the cell's value when the row kept it. */
const WITH_VALUE: ReadonlySet<RejectCode> = new Set(['unknown_family']);

export function rejectMessage(code: string, field?: Field, value?: string): RejectMessage {
  if (!isRejectCode(code)) return { key: 'import.reject.unknown', field: field ?? null };
  if (value !== undefined && value !== '' && WITH_VALUE.has(code))
    return { key: `import.reject.${code}_value`, field: field ?? FIELD_OF_CODE[code], value };
  return { key: `import.reject.${code}`, field: field ?? FIELD_OF_CODE[code] };
}

/** Translated advice for a reject code, where the parser's English sentence gives some. */
const HELP: Readonly<Partial<Record<RejectCode, string>>> = {
  negative_quantity: 'import.rejectHelp.negative',
  negative_price: 'import.rejectHelp.negative',
  bad_date: 'import.rejectHelp.bad_date',
  date_out_of_range: 'import.rejectHelp.date_out_of_range',
  wrong_column_count: 'import.rejectHelp.wrong_column_count',
};

export function rejectHelpKey(code: string): string | null {
  return isRejectCode(code) ? (HELP[code] ?? null) : null;
}

/**
 * The title and help of a file-level problem; a file that is not a table at all (or empty) is
 * named by what it is: a PDF, an image, a ZIP archive, binary data, …
 */
export function fileErrorKeys(error: Pick<FileError, 'code' | 'kind'>): {
  title: string;
  help: string;
} {
  if (error.kind)
    return {
      title: `import.fileKinds.${error.kind}.title`,
      help: `import.fileKinds.${error.kind}.help`,
    };
  return {
    title: `import.fileError.${error.code}.title`,
    help: `import.fileError.${error.code}.help`,
  };
}

/** The raw cells of a row as "Header: value" pairs, empty cells left out. */
export function rawPairs(
  raw: Readonly<Record<string, string>>,
): { header: string; value: string }[] {
  return Object.entries(raw)
    .filter(([, value]) => value.trim() !== '')
    .map(([header, value]) => ({ header, value }));
}
