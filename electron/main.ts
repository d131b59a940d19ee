/**
 * The main process: composes the shell's policies (electron/policy, unit-tested) with Electron's
 * APIs. Thin on purpose: no business logic, no decisions that are not a tested function.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import log from 'electron-log/main';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { LaunchIntent, SavedFile, ShellSettings } from '../shared/ipc';
import { IPC_CHANNELS } from '../shared/ipc';
import { registerAppIpc } from './ipc/app';
import { registerFilesIpc } from './ipc/files';
import { MAX_FILE_BYTES } from './ipc/guard';
import { registerLaunchIpc } from './ipc/launch';
import { registerNotifyIpc } from './ipc/notify';
import { registerPrintIpc } from './ipc/print';
import { registerSecretsIpc } from './ipc/secrets';
import { registerShellIpc } from './ipc/shell';
import { launchRequestOf, type LaunchRequest } from './launch/argv';
import { DEEP_LINK_SCHEME, routeOfDeepLink } from './launch/deep-link';
import { LaunchQueue } from './launch/queue';
import { extensionOf, safeFileName } from './main/file-names';
import { readFileForImport, readTextOrNull, SavedFiles, writeFileAtomic } from './main/files';
import { configureLogging } from './main/logging';
import { menuTemplate } from './main/menu';
import { menuLabels } from './main/menu-labels';
import { pdfOptions } from './main/pdf';
import { SecretStore } from './main/secrets';
import { parseShellSettings } from './main/shell-settings';
import { updateFeedUrl } from './main/updates';
import { userDataOverride } from './main/user-data';
import { parseWindowState, restoredBounds, type WindowState } from './main/window-state';
import { bundlePathFor, mimeTypeFor } from './policy/bundle-path';
import { responseHeaders } from './policy/csp';
import { navigationDecision, windowOpenDecision } from './policy/navigation';
import { APP_ENTRY, APP_SCHEME } from './policy/origin';
import { permissionAllowed } from './policy/permissions';
import { APP_SCHEME_PRIVILEGES } from './policy/scheme';
import { mainWindowOptions } from './policy/window-options';

const development = !app.isPackaged;
const dataOverride = userDataOverride(process.env, process.cwd());
if (dataOverride) app.setPath('userData', dataOverride);
const userData = app.getPath('userData');
const logsDir = join(userData, 'logs');
app.setAppLogsPath(logsDir);
configureLogging(log, logsDir, development);

// The built renderer (dist/web) sits next to this file's folder (dist-electron) in the package.
const webRoot = resolve(__dirname, '..', 'dist', 'web');
const files = {
  windowState: join(userData, 'window-state.json'),
  shellSettings: join(userData, 'shell-settings.json'),
  secrets: join(userData, 'secrets.json'),
};

let mainWindow: BrowserWindow | null = null;
let language = 'en';
let settings: ShellSettings = parseShellSettings(null);
const savedFiles = new SavedFiles();
const notifications = new Set<Notification>();
const queue = new LaunchQueue(() => {
  mainWindow?.webContents.send(IPC_CHANNELS.launch.intentAvailable);
});

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  // A second launch hands its argv to the first instance ('second-instance') and leaves.
  app.quit();
} else {
  start();
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function enqueue(request: LaunchRequest): Promise<void> {
  for (const route of request.routes) queue.push({ kind: 'route', route });
  for (const path of request.files) {
    try {
      queue.push({ kind: 'import', file: await readFileForImport(path, MAX_FILE_BYTES) });
    } catch (error) {
      log.warn('could not open the file to import', path, error);
    }
  }
}

function start(): void {
  if (process.defaultApp && process.argv[1])
    app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [resolve(process.argv[1])]);
  else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);

  void enqueue(launchRequestOf(process.argv, app.isPackaged));
  app.on('second-instance', (_event, argv) => {
    void enqueue(launchRequestOf(argv, app.isPackaged));
    focusMainWindow();
  });
  // macOS delivers links and files as events, not argv.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const route = routeOfDeepLink(url);
    if (route) queue.push({ kind: 'route', route });
    focusMainWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void enqueue({ routes: [], files: [path] });
    focusMainWindow();
  });

  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
  app
    .whenReady()
    .then(ready)
    .catch((error: unknown) => {
      log.error('start-up failed', error);
      app.quit();
    });
}

/** Navigation, redirects, new windows and webviews: everything outside the app is refused. */
function guardContents(contents: WebContents): void {
  const onNavigate = (event: { preventDefault(): void }, url: string) => {
    const decision = navigationDecision(url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'openExternal') void shell.openExternal(decision.url);
    else log.warn('navigation refused', url);
  };
  contents.on('will-navigate', onNavigate);
  contents.on('will-redirect', onNavigate);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.action === 'openExternal') void shell.openExternal(decision.url);
    else log.warn('window.open refused', url);
    return { action: 'deny' };
  });
  contents.on('render-process-gone', (_event, details) =>
    log.error('renderer gone', details.reason, details.exitCode),
  );
  contents.on('console-message', (event) => {
    if (event.level === 'error') log.error('renderer:', event.message);
  });
}

async function serveBundle(request: Request): Promise<Response> {
  const path = bundlePathFor(webRoot, request.url);
  if (!path) return new Response('Not found', { status: 404 });
  try {
    const bytes = await readFile(path);
    return new Response(bytes, { status: 200, headers: responseHeaders(mimeTypeFor(path)) });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

async function ready(): Promise<void> {
  settings = parseShellSettings(await readTextOrNull(files.shellSettings));
  const ses = session.defaultSession;
  ses.protocol.handle(APP_SCHEME, serveBundle);
  ses.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl)),
  );
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
  ses.setDevicePermissionHandler(() => false);

  registerIpc();
  applyMenu();
  await createWindow();
  await startUpdates();
}

function registerIpc(): void {
  const secrets = new SecretStore(
    safeStorage,
    { read: () => readTextOrNull(files.secrets), write: (t) => writeFileAtomic(files.secrets, t) },
    process.platform,
  );
  registerAppIpc(ipcMain, {
    version: () => app.getVersion(),
    preferredLanguages: () => app.getPreferredSystemLanguages(),
    setLanguage: (next) => {
      language = next;
      applyMenu();
    },
  });
  registerFilesIpc(ipcMain, {
    save: async (suggestedName, _mimeType, bytes) => {
      const name = safeFileName(suggestedName);
      const ext = extensionOf(name);
      const result = await saveDialog({
        defaultPath: join(app.getPath('documents'), name),
        ...(ext ? { filters: [{ name: ext.toUpperCase(), extensions: [ext] }] } : {}),
      });
      if (result.canceled || !result.filePath) return null;
      await writeFileAtomic(result.filePath, bytes);
      return savedFiles.add(result.filePath);
    },
    open: async (extensions) => {
      const options: OpenDialogOptions = {
        properties: ['openFile'],
        filters: [{ name: extensions.join(', '), extensions: extensions.map((e) => e.slice(1)) }],
      };
      const result = await (mainWindow
        ? dialog.showOpenDialog(mainWindow, options)
        : dialog.showOpenDialog(options));
      const path = result.filePaths[0];
      if (result.canceled || !path) return null;
      return readFileForImport(path, MAX_FILE_BYTES);
    },
    showInFolder: (id) => {
      const path = savedFiles.path(id);
      if (!path) return false;
      shell.showItemInFolder(path);
      return true;
    },
  });
  registerPrintIpc(ipcMain, {
    toPdf: (_event, suggestedName, locale) => savePdf(suggestedName, locale),
  });
  registerNotifyIpc(ipcMain, {
    show: ({ title, body, route }) => {
      if (!settings.deadlineNotifications || !Notification.isSupported()) return;
      const notification = new Notification({ title, body });
      notifications.add(notification);
      notification.on('click', () => {
        if (route) queue.push({ kind: 'route', route } satisfies LaunchIntent);
        focusMainWindow();
      });
      notification.on('close', () => notifications.delete(notification));
      notification.show();
    },
  });
  registerSecretsIpc(ipcMain, secrets);
  registerLaunchIpc(ipcMain, queue);
  registerShellIpc(ipcMain, {
    settings: () => settings,
    updateSettings: async (patch) => {
      settings = { ...settings, ...patch };
      await writeFileAtomic(files.shellSettings, JSON.stringify(settings));
      return settings;
    },
    openLogsFolder: async () => (await shell.openPath(logsDir)) === '',
  });
}

function saveDialog(options: SaveDialogOptions) {
  return mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options);
}

/** The current view as a PDF (paper by locale, page numbers) through a save dialog. */
async function savePdf(suggestedName: string, locale: string): Promise<SavedFile | null> {
  const window = mainWindow;
  if (!window) return null;
  const name = safeFileName(`${suggestedName.replace(/\.pdf$/i, '')}.pdf`);
  const result = await saveDialog({
    defaultPath: join(app.getPath('documents'), name),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (result.canceled || !result.filePath) return null;
  const pdf = await window.webContents.printToPDF(pdfOptions(locale, app.getLocaleCountryCode()));
  await writeFileAtomic(result.filePath, pdf);
  return savedFiles.add(result.filePath);
}

function applyMenu(): void {
  const template = menuTemplate(
    menuLabels(language),
    { mac: process.platform === 'darwin', development },
    {
      open: (route) => {
        queue.push({ kind: 'route', route });
        focusMainWindow();
      },
      savePdf: () => void savePdf(mainWindow?.getTitle() ?? 'Partner Rewards', language),
      openLogsFolder: () => void shell.openPath(logsDir),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function createWindow(): Promise<void> {
  const saved = parseWindowState(await readTextOrNull(files.windowState));
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const placed = restoredBounds(saved, displays, screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath: join(__dirname, 'preload.cjs'),
      bounds: placed.bounds,
      title: 'Partner Rewards',
      devTools: development,
    }),
  );
  mainWindow = window;
  if (placed.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  let timer: NodeJS.Timeout | undefined;
  const remember = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveWindowState(window), 500);
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('close', () => {
    clearTimeout(timer);
    void saveWindowState(window);
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  await window.loadURL(APP_ENTRY);
}

async function saveWindowState(window: BrowserWindow): Promise<void> {
  if (window.isDestroyed()) return;
  const state: WindowState = {
    bounds: window.getNormalBounds(),
    maximized: window.isMaximized(),
  };
  await writeFileAtomic(files.windowState, JSON.stringify(state)).catch((error: unknown) =>
    log.warn('window state not saved', error),
  );
}

/** electron-updater stays off unless a feed URL is configured. */
async function startUpdates(): Promise<void> {
  const feed = updateFeedUrl(process.env);
  if (!feed || development) return;
  const { autoUpdater } = await import('electron-updater');
  autoUpdater.logger = log;
  autoUpdater.setFeedURL({ provider: 'generic', url: feed });
  await autoUpdater.checkForUpdatesAndNotify().catch((error: unknown) => {
    log.warn('update check failed', error);
  });
}
