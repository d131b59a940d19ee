import type { CustomScheme } from 'electron';
import { APP_SCHEME } from './origin';

/**
 * The app:// scheme's privileges: standard (real origin, relative URLs), secure (like https),
 * fetch, IndexedDB/localStorage and service workers work; CORS applies; no CSP bypass.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    allowServiceWorkers: true,
    corsEnabled: true,
    stream: true,
    bypassCSP: false,
    codeCache: true,
  },
};
