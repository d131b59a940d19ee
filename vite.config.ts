import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { BOOT_KEYS } from './renderer/boot/boot-keys.ts';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Nested key lookup in a locale file ('a.b.c'). */
function lookup(tree: unknown, key: string): string | undefined {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      tree,
    );
  return typeof value === 'string' ? value : undefined;
}

/**
 * `virtual:boot-strings`: the start-up paint's few strings (renderer/boot/boot-keys.ts) from
 * every locale, so that the first module carries a few hundred bytes instead of the
 * translations. A key missing from English fails the build.
 */
function bootStrings(): Plugin {
  const id = 'virtual:boot-strings';
  return {
    name: 'partner-rewards-boot-strings',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(resolved) {
      if (resolved !== `\0${id}`) return undefined;
      const dir = `${root}locales`;
      const locales = Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.endsWith('.json'))
          .map((f) => {
            this.addWatchFile(`${dir}/${f}`);
            return [f.slice(0, -5), JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as unknown];
          }),
      );
      const strings: Record<string, Record<string, string>> = {};
      for (const [language, tree] of Object.entries(locales)) {
        strings[language] = {};
        for (const key of BOOT_KEYS) {
          const value = lookup(tree, key) ?? lookup(locales.en, key);
          if (value === undefined) this.error(`boot string ${key} is missing from locales/en.json`);
          strings[language][key] = value;
        }
      }
      return `export default ${JSON.stringify(strings)};`;
    },
  };
}

/**
 * One config: the renderer's web build (served to Electron and to browsers alike) and Vitest.
 * Heavy modules (charts, the XLSX writer, the import worker) are split out and load on demand.
 *
 * The web build is an installable offline app: a service worker (Workbox, generated at build
 * time) precaches every file of the build — each screen's chunk and CSS, the workers and their
 * chunks, every locale, the icons — so a screen never opened before still opens offline.
 * A new version waits until the user agrees to reload (renderer/offline/).
 */
export default defineConfig({
  root: `${root}renderer`,
  base: './',
  plugins: [
    bootStrings(),
    react(),
    VitePWA({
      registerType: 'prompt',
      // Registered from renderer/offline/ only where a service worker can run (not in the
      // desktop shell's own scheme, not in development).
      injectRegister: false,
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // Every file of the build is in globPatterns below; listing them again would duplicate.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Partner Rewards',
        short_name: 'Partner Rewards',
        description:
          'Incentive earnings, claims and stacked-margin planning for hardware resellers, offline first.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#c8102e',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/maskable-192.png',
            sizes: '192x192',
            type: 'image/png',
            purpose: 'maskable',
          },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The manifest is added by the plugin itself; everything else the build emits is here.
        globPatterns: ['**/*.{html,js,mjs,css,json,png,svg,ico,woff,woff2,wasm}'],
        // The XLSX reader/writer chunks are about 1 MB each; all of it must work offline.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        // ?db=, ?lang= and ?today= pick a database, language and date, never another file.
        ignoreURLParametersMatching: [/.*/],
        // The first install takes over the open page at once, so it works offline from the
        // first visit; a later version still waits for the user's "reload" (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
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
      'test/browser/*.test.ts',
    ],
    environment: 'node',
    reporters: ['default'],
    // Property tests do real IndexedDB work; shared, loaded machines must not turn slowness into failures.
    testTimeout: 30_000,
  },
});
