/**
 * The Content Security Policy sent with every app:// response. Scripts only from the bundle (no
 * inline, no eval); workers from the bundle or blob: (the import and XLSX workers); connections to
 * the bundle and to the sync server the user configures (http is allowed because Settings accepts
 * a LAN server over http); nothing may frame the app, no plugins, no <base>, no form posts.
 * Inline style attributes stay allowed: the chart library positions elements with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers for a bundle file. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}
