/** Files under this size are parsed whole on the main thread for the preview. */
export const FULL_PREVIEW_LIMIT = 2 * 1024 * 1024;
/** Larger files: only this many leading bytes, cut at the last line break, are previewed. */
export const SAMPLE_BYTES = 256 * 1024;

export interface PreviewBytes {
  readonly bytes: Uint8Array;
  /** True when only the start of the file is previewed. */
  readonly partial: boolean;
}

function isXlsx(bytes: Uint8Array, fileName: string): boolean {
  // A zip (PK\3\4) cannot be cut: the preview needs the whole workbook.
  return /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b);
}

/** End (exclusive) of the last complete line within the first `limit` bytes; 0 if none. */
function lineEnd(bytes: Uint8Array, limit: number): number {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  for (let i = limit - 1; i > 0; i -= 1) {
    if (bytes[i] !== 0x0a) continue;
    // UTF-16: a line feed is a whole code unit (0A 00 little-endian, 00 0A big-endian).
    if (le) {
      if (i % 2 === 0 && bytes[i + 1] === 0x00) return i + 2;
      continue;
    }
    if (be) {
      if (i % 2 === 1 && bytes[i - 1] === 0x00) return i + 1;
      continue;
    }
    return i + 1;
  }
  return 0;
}

/**
 * The bytes the mapping preview parses; UTF-16 files are cut on a whole line feed.
 */
export function previewBytes(
  bytes: Uint8Array,
  fileName: string,
  limit = FULL_PREVIEW_LIMIT,
  sample = SAMPLE_BYTES,
): PreviewBytes {
  if (bytes.length < limit || isXlsx(bytes, fileName)) return { bytes, partial: false };
  const end = lineEnd(bytes, Math.min(sample, bytes.length));
  if (end <= 0) return { bytes: bytes.subarray(0, sample), partial: true };
  return { bytes: bytes.subarray(0, end), partial: true };
}
