import { mkdirSync } from 'node:fs';
import { pgDb, pgliteDb, type Db } from './adapter';

export const DEFAULT_DATA_DIR = '.data/pglite';

/**
 * Connections per server process. On the bench's 2 cores, 10 served more pulls and pushes per
 * second than 20, with a shorter tail; instances × pool size must stay under PostgreSQL's
 * max_connections.
 */
export const DEFAULT_POOL_SIZE = 10;

/** DATABASE_POOL_SIZE: a whole number from 1 to 1000, or the default when unset. */
export function poolSizeFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_POOL_SIZE;
  // Digits only: Number() would also take ' 10', '1e1' and '0x10'.
  const size = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(size) || size < 1 || size > 1000)
    throw new Error(`DATABASE_POOL_SIZE must be a whole number from 1 to 1000, not "${value}".`);
  return size;
}

/** PostgreSQL when DATABASE_URL is set; otherwise embedded PGlite in `dataDir`. */
export async function openDb(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  poolSize?: number;
}): Promise<Db> {
  if (options.databaseUrl)
    return pgDb({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
    });
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  mkdirSync(dir, { recursive: true });
  return pgliteDb(dir);
}
