import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isAppUrl, parseUrl } from './origin';

/**
 * The file inside the bundle folder that an app:// request names, or null when the request is
 * outside the app or would leave the folder: `..` (plain or percent-encoded, also behind an
 * encoded slash), absolute paths, backslashes, drive letters, NUL, malformed escapes.
 */
export function bundlePathFor(bundleRoot: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  // The URL parser folds '..' and '%2e%2e' segments away; a request that had one is refused
  // before that, rather than served from wherever the folding happened to land.
  const rawPath = requestUrl.replace(/[?#].*$/s, '');
  if (/(^|\/|%2f|%5c|\\)(\.|%2e){1,2}(\/|%2f|%5c|\\|$)/i.test(rawPath)) return null;
  const url = parseUrl(requestUrl);
  if (!url) return null;
  const path = url.pathname === '' || url.pathname === '/' ? '/index.html' : url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return null;
  const root = resolve(bundleRoot);
  const target = resolve(root, ...segments);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return null;
  return target;
}

const MIME: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
  txt: 'text/plain; charset=utf-8',
};

/** Content type by extension; unknown types are served as bytes (never sniffed as HTML). */
export function mimeTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return MIME[ext] ?? 'application/octet-stream';
}
