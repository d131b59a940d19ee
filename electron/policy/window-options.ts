import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly bounds: Rectangle;
  readonly title: string;
  readonly backgroundColor?: string;
  /** Developer tools: in development builds only. */
  readonly devTools: boolean;
}

/**
 * The main window's options. Every security-relevant web preference is spelled out (even where it
 * is Electron's default) so a test can assert each one and a future default change cannot slip by.
 */
export function mainWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: 960,
    minHeight: 600,
    title: input.title,
    show: false,
    backgroundColor: input.backgroundColor ?? '#ffffff',
    webPreferences: {
      preload: input.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: input.devTools,
    },
  };
}
