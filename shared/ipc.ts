/**
 * The DesktopApi contract: what the renderer may ask of its host. Electron's preload implements it
 * over IPC (checked with `satisfies` there); the browser build implements it with web APIs. One
 * typed method per capability, grouped by domain; no generic invoke(channel, ...args).
 */
export interface SaveFileRequest {
  readonly suggestedName: string;
  readonly mimeType: string;
  readonly bytes: Uint8Array;
}

export interface OpenFileRequest {
  /** e.g. ['.csv', '.xlsx'] */
  readonly extensions: readonly string[];
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface DesktopApi {
  readonly kind: 'electron' | 'browser';
  readonly app: {
    version(): Promise<string>;
    /** The OS (Electron) or browser language list, most preferred first. */
    preferredLanguages(): Promise<readonly string[]>;
  };
  readonly files: {
    /** Returns false when the user cancelled. */
    save(request: SaveFileRequest): Promise<boolean>;
    /** Null when the user cancelled. */
    open(request: OpenFileRequest): Promise<OpenedFile | null>;
  };
  readonly print: {
    /** Prints the current view: Electron writes a PDF; the browser opens its print dialog. */
    currentView(suggestedName: string): Promise<boolean>;
  };
  readonly notify: {
    show(title: string, body: string): Promise<void>;
  };
  readonly secrets: {
    /** OS keychain in Electron; memory only in the browser (never localStorage). */
    get(key: string): Promise<string | null>;
    set(key: string, value: string): Promise<void>;
    delete(key: string): Promise<void>;
  };
}
