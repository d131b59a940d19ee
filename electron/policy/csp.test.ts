import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, responseHeaders } from './csp';

function directives(): Map<string, string[]> {
  return new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name as string, values];
    }),
  );
}

describe('Content Security Policy', () => {
  const csp = directives();
  it('denies by default and allows scripts only from the bundle', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
  });
  it('has no inline script, eval or wildcard source anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe|strict-dynamic/);
    for (const [name, values] of csp) {
      expect(values, name).not.toContain('*');
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
    }
  });
  it('forbids plugins, framing, base and form targets', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
  });
  it('is sent with every response, with nosniff', () => {
    const headers = responseHeaders('text/html');
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
