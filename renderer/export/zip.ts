import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * ZIP (what an XLSX is) through fflate. Small entries use fflate's deflate; a large entry given as
 * chunks is deflated (and its CRC computed) by the platform's native CompressionStream, about
 * three times faster than JavaScript on a 100,000-row worksheet, with fflate still writing the
 * archive around it.
 */
export interface ZipEntry {
  readonly name: string;
  /** Either bytes or chunks (written in order, compressed as they come). */
  readonly data: Uint8Array | Iterable<Uint8Array>;
}

export function readZip(zip: Uint8Array): { name: string; data: Uint8Array }[] {
  return Object.entries(unzipSync(zip)).map(([name, data]) => ({ name, data }));
}

/**
 * fflate's documented extension point: a ZipPassThrough whose `process` hands the raw chunks to
 * the platform's gzip and passes the deflated body on. Gzip rather than raw deflate because its
 * trailer carries the CRC-32 of the raw bytes, computed natively: fflate's JavaScript CRC over a
 * 65 MB worksheet cost as much as the deflate itself.
 */
class NativeZipDeflate extends ZipPassThrough {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;

  constructor(filename: string, onError: (error: unknown) => void) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('gzip');
    this.writer = stream.writable.getWriter();
    void this.pump(
      stream.readable.getReader() as ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
    ).catch(onError);
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>): Promise<void> {
    const gzip = new GzipBody((body) => this.ondata(null, body, false));
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      gzip.push(value);
    }
    const { crc, size } = gzip.end();
    if (size !== this.size % 2 ** 32)
      throw new Error(`native deflate of ${this.filename} read ${size} bytes of ${this.size}`);
    this.crc = crc;
    this.ondata(null, new Uint8Array(0), true);
  }

  override push(chunk: Uint8Array, final?: boolean): void {
    // Only counted here: the CRC comes from the gzip trailer.
    this.size += chunk.length;
    this.process(chunk, final ?? false);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    void this.writer.write(chunk as Uint8Array<ArrayBuffer>);
    if (final) void this.writer.close();
  }
}

const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;

/**
 * Splits a gzip stream (RFC 1952) into its deflate body, passed on as it comes, and its trailer:
 * the header (a plain one: no name, comment or extra field) is checked and dropped, the last
 * eight bytes held back until the end.
 */
export class GzipBody {
  private header: number[] = [];
  private held = new Uint8Array(0);

  constructor(private readonly onBody: (body: Uint8Array<ArrayBuffer>) => void) {}

  push(chunk: Uint8Array<ArrayBuffer>): void {
    let rest = chunk;
    if (this.header.length < GZIP_HEADER) {
      const take = Math.min(GZIP_HEADER - this.header.length, rest.length);
      this.header.push(...rest.subarray(0, take));
      rest = rest.subarray(take);
      if (this.header.length === GZIP_HEADER) checkHeader(this.header);
    }
    if (rest.length >= GZIP_TRAILER) {
      if (this.held.length > 0) this.onBody(this.held);
      this.onBody(rest.subarray(0, rest.length - GZIP_TRAILER));
      this.held = rest.slice(rest.length - GZIP_TRAILER);
    } else if (rest.length > 0) {
      const joined = new Uint8Array(this.held.length + rest.length);
      joined.set(this.held);
      joined.set(rest, this.held.length);
      const keep = Math.min(GZIP_TRAILER, joined.length);
      if (joined.length > keep) this.onBody(joined.subarray(0, joined.length - keep));
      this.held = joined.slice(joined.length - keep);
    }
  }

  /** The CRC-32 and the length (mod 2³²) of the uncompressed bytes, from the trailer. */
  end(): { crc: number; size: number } {
    if (this.header.length < GZIP_HEADER || this.held.length < GZIP_TRAILER)
      throw new Error('gzip stream ended early');
    const view = new DataView(this.held.buffer, this.held.byteOffset, GZIP_TRAILER);
    return { crc: view.getUint32(0, true), size: view.getUint32(4, true) };
  }
}

function checkHeader(header: readonly number[]): void {
  // ID1 ID2, CM = deflate, FLG = none of FTEXT/FHCRC/FEXTRA/FNAME/FCOMMENT.
  if (header[0] !== 0x1f || header[1] !== 0x8b || header[2] !== 8 || header[3] !== 0)
    throw new Error('unexpected gzip header from CompressionStream');
}

export function writeZip(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      parts.push(chunk);
      if (final) resolve(concat(parts));
    });
    for (const entry of entries) {
      if (entry.data instanceof Uint8Array) {
        const file = new ZipDeflate(entry.name, { level: 6 });
        zip.add(file);
        file.push(entry.data, true);
      } else {
        const file = new NativeZipDeflate(entry.name, reject);
        zip.add(file);
        let previous: Uint8Array | undefined;
        for (const chunk of entry.data) {
          if (previous) file.push(previous, false);
          previous = chunk;
        }
        file.push(previous ?? new Uint8Array(0), true);
      }
    }
    zip.end();
  });
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
