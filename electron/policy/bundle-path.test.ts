import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundlePathFor, mimeTypeFor } from './bundle-path';

const root = resolve('/opt/partner-rewards/dist/web');

describe('bundlePathFor', () => {
  it.each([
    ['app://partner-rewards/', 'index.html'],
    ['app://partner-rewards', 'index.html'],
    ['app://partner-rewards/index.html', 'index.html'],
    ['app://partner-rewards/assets/index-Ab1.js', join('assets', 'index-Ab1.js')],
    ['app://partner-rewards/assets/a%20b.css?v=2#x', join('assets', 'a b.css')],
  ])('%s → %s', (url, file) => expect(bundlePathFor(root, url)).toBe(join(root, file)));

  it.each([
    'app://partner-rewards/%2e%2e/%2e%2e/etc/passwd',
    'app://partner-rewards/..%2f..%2fetc%2fpasswd',
    'app://partner-rewards/assets%2f..%2f..%2fsecret',
    'app://partner-rewards/%2E%2E%2Fsecret',
    'app://partner-rewards/..%5c..%5cwindows%5cwin.ini',
    'app://partner-rewards/assets\\..\\..\\secret',
    'app://partner-rewards/%2fetc%2fpasswd',
    'app://partner-rewards/C:%5cWindows%5cwin.ini',
    'app://partner-rewards/c:/windows/win.ini',
    'app://partner-rewards/index.html%00.png',
    'app://partner-rewards/%E0%A4%A',
    'app://partner-rewards/assets//index.js',
    'app://partner-rewards/./index.html%2f.',
    'app://evil/index.html',
    'https://partner-rewards/index.html',
    'file:///etc/passwd',
    'app://partner-rewards/assets/../index.html',
    'app://partner-rewards/./index.html',
    'app://partner-rewards/a/.%2E/.%2e/x',
  ])('refuses %s', (url) => expect(bundlePathFor(root, url)).toBeNull());

  it('never resolves outside the root, whatever is asked', () => {
    const hostile = ['..', '%2e%2e', '%2E%2e', '..%2f', '%2e%2e%5c', '....//', '.%2e'];
    for (const a of hostile)
      for (const b of hostile) {
        const path = bundlePathFor(root, `app://partner-rewards/${a}/${b}/etc/passwd`);
        if (path !== null) expect(path.startsWith(root + '/')).toBe(true);
      }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['/x/index.html', 'text/html; charset=utf-8'],
    ['/x/a.JS', 'text/javascript; charset=utf-8'],
    ['/x/a.css', 'text/css; charset=utf-8'],
    ['/x/a.wasm', 'application/wasm'],
    ['/x/unknown.bin', 'application/octet-stream'],
    ['/x/noext', 'application/octet-stream'],
  ])('%s → %s', (path, type) => expect(mimeTypeFor(path)).toBe(type));
});
