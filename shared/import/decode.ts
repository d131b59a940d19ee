import type { Encoding } from './types';

const SAMPLE = 4096;

/**
 * Detects the text encoding of a CSV file: BOMs first, then UTF-16 without BOM by its NUL-byte
 * pattern (ASCII text in UTF-16 has a zero in every other byte), then UTF-8 validity; anything
 * that is not valid UTF-8 is read as Windows-1252 (what Excel on Western Windows writes).
 */
export function detectEncoding(bytes: Uint8Array): Encoding {
  const n = bytes.length;
  if (n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  const utf16 = detectUtf16(bytes);
  if (utf16) return utf16;
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252';
}

function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, SAMPLE) >> 1;
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenNul++;
    if (bytes[2 * i + 1] === 0) oddNul++;
  }
  // Mostly-ASCII UTF-16: at least 40 % of one byte lane is zero and almost none of the other.
  if (oddNul >= pairs * 0.4 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.4 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decodes a file's bytes to text with the detected encoding; the BOM is removed. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const n = bytes.length;
  const bom = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 = bom ? null : detectUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  // One pass: a strict UTF-8 decode both validates and decodes (it drops a leading BOM).
  try {
    return { text: strictUtf8.decode(bytes), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80-0x9F of Windows-1252 (five are unassigned and stay as the C1 code point).
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Windows-1252 through TextDecoder, then the 0x80-0x9F range mapped explicitly: Node's decoder
 * treats the label as ISO-8859-1 (€ would come out as U+0080); browsers already map it.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16ByNulPattern(bytes);
}

/**
 * True when the text is evidently not a table: more than 1 % control characters or
 * replacement characters in its first 64 K characters (random bytes give about 11 %).
 */
export function looksBinary(text: string): boolean {
  const end = Math.min(text.length, 65_536);
  let bad = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad > 8 && bad > end * 0.01;
}
