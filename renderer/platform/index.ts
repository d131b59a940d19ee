import type { DesktopApi } from '../../shared/index';
import { createBrowserApi } from './browser';
import { electronApi } from './electron';

declare global {
  interface Window {
    /** Set by Electron's preload (contextBridge); absent in a browser. */
    readonly partnerRewardsDesktop?: unknown;
  }
}

declare const __APP_VERSION__: string;

/** The host's capabilities: Electron's bridge when present and complete, else the browser's. */
export const platform: DesktopApi =
  electronApi(window.partnerRewardsDesktop) ?? createBrowserApi(__APP_VERSION__);
