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

/** A file the host wrote. `id` names it for "show in folder"; the renderer never sees a path. */
export interface SavedFile {
  readonly id: string;
  readonly name: string;
}

export interface OpenFileRequest {
  /** e.g. ['.csv', '.xlsx'] */
  readonly extensions: readonly string[];
}

export interface OpenedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface PdfRequest {
  readonly suggestedName: string;
  /** The app's language (BCP 47): picks the paper (Letter in the Americas, A4 elsewhere). */
  readonly locale: string;
}

export interface NotificationRequest {
  readonly title: string;
  readonly body: string;
  /** The screen a click on the notification opens (a route id such as 'claims'). */
  readonly route?: string;
}

/** Something the OS asked the app to open: a deep link's screen, or a file to import. */
export type LaunchIntent =
  | { readonly kind: 'route'; readonly route: string }
  | { readonly kind: 'import'; readonly file: OpenedFile };

export interface ShellSettings {
  /** OS notifications for upcoming deadlines. */
  readonly deadlineNotifications: boolean;
}

/**
 * Where a secret ended up: the OS keychain, or only this session's memory — with the reason
 * (a browser has no keychain; Linux without a keyring would store it as plain text).
 */
export type SecretPersistence =
  | { readonly persisted: true }
  | { readonly persisted: false; readonly reason: 'browser' | 'plaintextBackend' | 'unavailable' };

export type Unsubscribe = () => void;

export interface DesktopApi {
  readonly kind: 'electron' | 'browser';
  readonly app: {
    version(): Promise<string>;
    /** The OS (Electron) or browser language list, most preferred first. */
    preferredLanguages(): Promise<readonly string[]>;
    /** The app's language changed: native menus follow it. */
    setLanguage(language: string): Promise<void>;
  };
  readonly files: {
    /** Null when the user cancelled. */
    save(request: SaveFileRequest): Promise<SavedFile | null>;
    /** Null when the user cancelled. */
    open(request: OpenFileRequest): Promise<OpenedFile | null>;
    /** Reveals a file this session saved in the OS file manager; false when it cannot. */
    showInFolder(id: string): Promise<boolean>;
  };
  readonly print: {
    /** Prints the current view: Electron writes a PDF; the browser opens its print dialog. */
    currentView(suggestedName: string): Promise<boolean>;
    /** A PDF of the current view through a save dialog (null: cancelled or not available). */
    toPdf(request: PdfRequest): Promise<SavedFile | null>;
  };
  readonly notify: {
    show(request: NotificationRequest): Promise<void>;
  };
  readonly secrets: {
    /** OS keychain in Electron; memory only in the browser (never localStorage). */
    get(key: string): Promise<string | null>;
    set(key: string, value: string): Promise<SecretPersistence>;
    delete(key: string): Promise<void>;
    /** Whether a secret set now would outlive this session, and why not. */
    persistence(): Promise<SecretPersistence>;
  };
  readonly launch: {
    /** Deep links, opened files and notification clicks that arrived and were not taken yet. */
    take(): Promise<readonly LaunchIntent[]>;
    /** Called when new intents wait to be taken. */
    onIntent(listener: () => void): Unsubscribe;
  };
  readonly shell: {
    settings(): Promise<ShellSettings>;
    updateSettings(patch: Partial<ShellSettings>): Promise<ShellSettings>;
    /** False where there is no log folder (the browser). */
    openLogsFolder(): Promise<boolean>;
  };
}

/**
 * IPC channel names: `<domain>:<action>:<direction>`. `to-main` channels are invoke/handle pairs
 * (the renderer asks, main answers); `to-renderer` channels are events main sends.
 */
export const IPC_CHANNELS = {
  app: {
    version: 'app:version:to-main',
    preferredLanguages: 'app:preferred-languages:to-main',
    setLanguage: 'app:set-language:to-main',
  },
  files: {
    save: 'files:save:to-main',
    open: 'files:open:to-main',
    showInFolder: 'files:show-in-folder:to-main',
  },
  print: { toPdf: 'print:to-pdf:to-main' },
  notify: { show: 'notify:show:to-main' },
  secrets: {
    get: 'secrets:get:to-main',
    set: 'secrets:set:to-main',
    delete: 'secrets:delete:to-main',
    persistence: 'secrets:persistence:to-main',
  },
  launch: {
    take: 'launch:take:to-main',
    intentAvailable: 'launch:intent-available:to-renderer',
  },
  shell: {
    settings: 'shell:settings:to-main',
    updateSettings: 'shell:update-settings:to-main',
    openLogsFolder: 'shell:open-logs-folder:to-main',
  },
} as const;

/** The screens a deep link or a notification may open (the renderer's route ids). */
export const LINKABLE_ROUTES = [
  'dashboard',
  'claims',
  'elevate',
  'loyalty',
  'leap',
  'planner',
  'team',
  'import',
  'settings',
] as const;

export type LinkableRoute = (typeof LINKABLE_ROUTES)[number];

export function isLinkableRoute(value: string): value is LinkableRoute {
  return (LINKABLE_ROUTES as readonly string[]).includes(value);
}

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { deadlineNotifications: true };
