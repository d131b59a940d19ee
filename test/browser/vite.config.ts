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
    rolldownOptions: {
      // The benchmark's floor pages (test/bench/app.bench.ts): bare pages, no app code.
      input: Object.fromEntries(
        ['index', 'floors/dashboard', 'floors/scroll', 'floors/xlsx'].map((page) => [
          page,
          fileURLToPath(new URL(`./harness/${page}.html`, import.meta.url)),
        ]),
      ),
    },
  },
  worker: { format: 'es' },
});
