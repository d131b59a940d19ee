import type { FileKind } from './types';

/**
 * What a file is, by its first bytes, when that is certainly not a CSV or an XLSX workbook: a
 * rep who picked the distributor's PDF statement or a screenshot is told so, not asked to check
 * its columns. Null when the bytes may be text or a workbook (the parser then decides).
 * Only signatures that no plausible CSV starts with are used (no "BM", no "MZ").
 */
export function sniffFileKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (IMAGE_SIGNATURES.some((sig) => startsWith(bytes, sig))) return 'image';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && ascii(bytes, 8, 4) === 'WEBP') return 'image';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old-office';
  if (ARCHIVE_SIGNATURES.some((sig) => startsWith(bytes, sig))) return 'archive';
  if (isZipSignature(bytes)) return zipKind(bytes);
  if (looksHtml(bytes)) return 'html';
  return null;
}

// prettier-ignore
const IMAGE_SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], // GIF87a, GIF89a
  [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a], // TIFF
];

// prettier-ignore
const ARCHIVE_SIGNATURES: readonly (readonly number[])[] = [
  [0x1f, 0x8b], // gzip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7-Zip
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // RAR
];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** PK\x03\x04 (a ZIP with entries) or PK\x05\x06 (an empty ZIP). */
function isZipSignature(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/**
 * Entry names in a ZIP are stored as plain bytes, at each entry and again in the directory at
 * the end; the workbook's name is enough to tell an XLSX (even a damaged one, which the XLSX
 * reader then reports) from other ZIP-based files.
 */
function zipKind(bytes: Uint8Array): FileKind | null {
  const latin1 = new TextDecoder('latin1');
  const names =
    latin1.decode(bytes.subarray(0, 65_536)) +
    latin1.decode(bytes.subarray(Math.max(65_536, bytes.length - 262_144)));
  if (names.includes('xl/workbook')) return null;
  if (names.includes('word/document') || names.includes('ppt/presentation')) return 'word';
  if (names.includes('application/vnd.oasis.opendocument')) return 'opendocument';
  return 'zip';
}

/** Portals sometimes save an HTML table under a .xls or .csv name. */
function looksHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .toLowerCase();
  return /^<(!doctype html|html|table|\?xml[^>]*>\s*<html)/.test(head);
}

const EXPORT_HINT = 'Export the invoice lines from the distributor portal as CSV or XLSX.';

const KIND_REASON: Record<FileKind, string> = {
  empty: 'The file is empty (0 bytes). Export the report again and choose the new file.',
  blank: 'The file has no content: only blank lines or empty cells.',
  pdf: `This is a PDF document, not a text or Excel file. ${EXPORT_HINT}`,
  image: `This is an image (such as a screenshot or a scan), not a text or Excel file. ${EXPORT_HINT}`,
  zip: 'This is a ZIP archive, not a text or Excel file. Unpack it and choose the CSV or XLSX file inside.',
  word: `This is a Word or PowerPoint document, not a table of invoice lines. ${EXPORT_HINT}`,
  opendocument:
    'This is an OpenDocument file (LibreOffice, OpenOffice). Open it and save it as .xlsx or CSV.',
  'old-office':
    'This is an older Office file (Excel .xls or Word .doc). Open it in Excel and save it as .xlsx or CSV.',
  html: 'This is a web page (HTML), even if its name says otherwise. Open it in Excel and save it as .xlsx or CSV.',
  archive: `This is a compressed archive (gzip, 7-Zip or RAR). Unpack it and choose the CSV or XLSX file inside.`,
  binary: `This is not a text or Excel file: it contains binary data. ${EXPORT_HINT}`,
};

/** The file-level error sentence for a file of this kind. */
export function describeKind(kind: FileKind): string {
  return KIND_REASON[kind];
}
