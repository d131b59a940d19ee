import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { report } from './stats';

const dist = fileURLToPath(new URL('../../dist/web/', import.meta.url));

function gzipKb(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

/**
 * Initial JS of the production build: the entry script and every module it preloads (what the
 * first screen must download), gzip-compressed. Lazy chunks are listed separately.
 */
export function benchBundle(): void {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const initial = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g))
    initial.add(match[1] as string);
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g))
    initial.add(match[1] as string);
  const initialKb = [...initial].reduce((sum, file) => sum + gzipKb(`${dist}${file}`), 0);
  console.log('\n# production web bundle (gzip -9)');
  report('initial JS', {
    KB: Math.round(initialKb * 10) / 10,
    files: initial.size,
    goal: '<= 300 KB',
  });
  const lazy = readdirSync(`${dist}assets`)
    .filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`))
    .map((f) => ({ f, kb: gzipKb(`${dist}assets/${f}`), raw: statSync(`${dist}assets/${f}`).size }))
    .sort((a, b) => b.kb - a.kb)
    .slice(0, 6);
  for (const { f, kb } of lazy)
    report(`  on demand: ${f.replace(/-[\w]{8}\.js$/, '')}`, { KB: Math.round(kb * 10) / 10 });
  benchPrecache();
}

/**
 * What the service worker downloads in the background after the first visit so that every
 * screen works offline: the files in its precache list, and the worker itself.
 */
function benchPrecache(): void {
  if (!existsSync(`${dist}sw.js`)) return;
  const sw = readFileSync(`${dist}sw.js`, 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string);
  const rawMb = urls.reduce((sum, url) => sum + statSync(`${dist}${url}`).size, 0) / 1024 / 1024;
  const runtime = readdirSync(dist).filter((f) => /^workbox-[\w-]+\.js$/.test(f));
  const workerKb = [`sw.js`, ...runtime].reduce((sum, f) => sum + gzipKb(`${dist}${f}`), 0);
  report('offline precache (background)', {
    files: urls.length,
    MB: Math.round(rawMb * 100) / 100,
    'service worker KB': Math.round(workerKb * 10) / 10,
  });
}
