import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/** Builds the data-core harness page that the browser tests and the benchmark drive. */
export default defineConfig({
  root: fileURLToPath(new URL('./harness', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/harness', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  worker: { format: 'es' },
});
