// Bundles the main process and the preload into dist-electron/ (CommonJS: the sandboxed preload
// must be one CommonJS file; `electron` is provided at run time). The renderer is Vite's dist/web.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  absWorkingDir: root,
  logLevel: 'warning',
  legalComments: 'none',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    platform: 'browser',
  }),
]);
console.log('built dist-electron/main.cjs and dist-electron/preload.cjs');
