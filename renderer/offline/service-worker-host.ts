/** What the page knows about where it runs, as far as a service worker is concerned. */
export interface ServiceWorkerHost {
  /** `location.protocol`, e.g. 'https:', 'http:', or the desktop shell's own 'app:'. */
  readonly protocol: string;
  readonly secureContext: boolean;
  /** `'serviceWorker' in navigator`. */
  readonly serviceWorkerApi: boolean;
  /** Running inside the Electron shell (its preload bridge is present). */
  readonly desktop: boolean;
  /** A production build (the development server has no precache to serve). */
  readonly production: boolean;
}

export type ServiceWorkerDecision =
  | { readonly register: true }
  | {
      readonly register: false;
      readonly reason: 'development' | 'desktop' | 'no-api' | 'insecure' | 'scheme';
    };

/**
 * Whether to register the precaching service worker. Skipped, never failed, where one cannot or
 * need not run: the desktop shell serves the same build from its own scheme (its files are on
 * disk already, and Chromium refuses service workers on most custom schemes), browsers without
 * the API, pages not served over https or from localhost, and the development server.
 */
export function serviceWorkerDecision(host: ServiceWorkerHost): ServiceWorkerDecision {
  if (!host.production) return { register: false, reason: 'development' };
  if (host.desktop) return { register: false, reason: 'desktop' };
  if (host.protocol !== 'https:' && host.protocol !== 'http:')
    return { register: false, reason: 'scheme' };
  if (!host.serviceWorkerApi) return { register: false, reason: 'no-api' };
  if (!host.secureContext) return { register: false, reason: 'insecure' };
  return { register: true };
}
