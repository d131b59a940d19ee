import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * One config: the renderer's web build (served to Electron and to browsers alike) and Vitest.
 * Heavy modules (charts, the XLSX writer, the import worker) are split out and load on demand.
 */
export default defineConfig({
  root: `${root}renderer`,
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: `${root}dist/web`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true },
  test: {
    root,
    include: [
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.ts',
      'server/test/**/*.test.ts',
      'electron/**/*.test.ts',
      'test/unit/**/*.test.ts',
    ],
    environment: 'node',
    reporters: ['default'],
    // Property tests do real IndexedDB work; shared, loaded machines must not turn slowness into failures.
    testTimeout: 30_000,
  },
});
