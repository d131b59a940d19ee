import { describe, expect, it } from 'vitest';
import { serviceWorkerDecision, type ServiceWorkerHost } from './service-worker-host';

const browser: ServiceWorkerHost = {
  protocol: 'https:',
  secureContext: true,
  serviceWorkerApi: true,
  desktop: false,
  production: true,
};

describe('serviceWorkerDecision', () => {
  it('registers in a production build served over https or from localhost', () => {
    expect(serviceWorkerDecision(browser)).toEqual({ register: true });
    expect(serviceWorkerDecision({ ...browser, protocol: 'http:' })).toEqual({ register: true });
  });

  it('skips the desktop shell, even where its scheme would allow one', () => {
    expect(serviceWorkerDecision({ ...browser, desktop: true })).toEqual({
      register: false,
      reason: 'desktop',
    });
  });

  it('skips a custom scheme or a file opened from disk', () => {
    for (const protocol of ['app:', 'file:', 'partner-rewards:'])
      expect(serviceWorkerDecision({ ...browser, protocol })).toEqual({
        register: false,
        reason: 'scheme',
      });
  });

  it('skips a browser without the API and a page on plain http from another host', () => {
    expect(serviceWorkerDecision({ ...browser, serviceWorkerApi: false })).toEqual({
      register: false,
      reason: 'no-api',
    });
    expect(serviceWorkerDecision({ ...browser, protocol: 'http:', secureContext: false })).toEqual({
      register: false,
      reason: 'insecure',
    });
  });

  it('skips the development server', () => {
    expect(serviceWorkerDecision({ ...browser, production: false })).toEqual({
      register: false,
      reason: 'development',
    });
  });
});
