import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/** Writes next to the target and renames: a crash never leaves half a file under its name. */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, bytes);
  await rename(partial, path);
}

export async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

/** A file's name and bytes, refusing anything larger than `maxBytes` (a clear error). */
export async function readFileForImport(path: string, maxBytes: number) {
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`${path} is not a file`);
  if (info.size > maxBytes) throw new Error(`${path} is larger than ${maxBytes} bytes`);
  return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
}

/** Paths of files saved in this session, by an opaque id the renderer may hold. */
export class SavedFiles {
  private readonly paths = new Map<string, string>();

  add(path: string): { id: string; name: string } {
    const id = randomUUID();
    this.paths.set(id, path);
    return { id, name: basename(path) };
  }

  path(id: string): string | null {
    return this.paths.get(id) ?? null;
  }
}
