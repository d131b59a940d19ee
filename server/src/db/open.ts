import { mkdirSync } from 'node:fs';
import { pgDb, pgliteDb, type Db } from './adapter';

export const DEFAULT_DATA_DIR = '.data/pglite';

/** PostgreSQL when DATABASE_URL is set; otherwise embedded PGlite in `dataDir`. */
export async function openDb(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
}): Promise<Db> {
  if (options.databaseUrl) return pgDb({ connectionString: options.databaseUrl });
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  mkdirSync(dir, { recursive: true });
  return pgliteDb(dir);
}
