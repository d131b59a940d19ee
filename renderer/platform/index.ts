import type { DesktopApi } from '../../shared/index';
import { createBrowserApi } from './browser';

declare global {
  interface Window {
    /** Set by Electron's preload (contextBridge); absent in a browser. */
    readonly partnerRewardsDesktop?: DesktopApi;
  }
}

declare const __APP_VERSION__: string;

/** The host's capabilities: Electron's bridge when present, else the browser implementation. */
export const platform: DesktopApi =
  window.partnerRewardsDesktop ?? createBrowserApi(__APP_VERSION__);
