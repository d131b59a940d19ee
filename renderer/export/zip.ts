import { unzipSync, Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * ZIP (what an XLSX is) through fflate. Small entries use fflate's deflate; a large entry given as
 * chunks is deflated by the platform's native CompressionStream (about three times faster than
 * JavaScript deflate on a 100,000-row worksheet), with fflate still writing the archive around it.
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
 * fflate's documented extension point: ZipPassThrough computes the CRC and size of the raw
 * chunks; `process` hands them to native deflate and passes the compressed output on.
 */
class NativeZipDeflate extends ZipPassThrough {
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;

  constructor(filename: string, onError: (error: unknown) => void) {
    super(filename);
    this.compression = 8;
    const stream = new CompressionStream('deflate-raw');
    this.writer = stream.writable.getWriter();
    void this.pump(
      stream.readable.getReader() as ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
    ).catch(onError);
  }

  private async pump(reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>): Promise<void> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      this.ondata(null, value, false);
    }
    this.ondata(null, new Uint8Array(0), true);
  }

  override process(chunk: Uint8Array, final: boolean): void {
    void this.writer.write(chunk as Uint8Array<ArrayBuffer>);
    if (final) void this.writer.close();
  }
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
