import type { MenuItemConstructorOptions } from 'electron';
import { LINKABLE_ROUTES, type LinkableRoute } from '../../shared/ipc';
import type { MenuLabels, NavLabels } from './menu-labels';

export interface MenuActions {
  open(route: LinkableRoute): void;
  savePdf(): void;
  openLogsFolder(): void;
}

// Every screen a link can open, in the navigation's order.
const GO_ROUTES: readonly (keyof NavLabels & LinkableRoute)[] = LINKABLE_ROUTES;

/**
 * The native menu in the app's language. Standard items use Electron roles, so they keep the
 * OS's shortcuts (Cmd/Ctrl+C, Cmd+Q, F11/Ctrl+Cmd+F, …); the app's own items get the usual
 * ones (Cmd/Ctrl+O import, Cmd/Ctrl+P PDF, Cmd/Ctrl+1…9 screens, Cmd/Ctrl+, settings on macOS).
 */
export function menuTemplate(
  labels: { menu: MenuLabels; nav: NavLabels },
  options: { mac: boolean; development: boolean },
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const { menu, nav } = labels;
  const appMenu: MenuItemConstructorOptions = {
    label: 'Partner Rewards',
    submenu: [
      { role: 'about', label: menu.about },
      { type: 'separator' },
      {
        label: nav.settings,
        accelerator: 'CmdOrCtrl+,',
        click: () => actions.open('settings'),
      },
      { type: 'separator' },
      { role: 'services', label: menu.services },
      { type: 'separator' },
      { role: 'hide', label: menu.hide },
      { role: 'hideOthers', label: menu.hideOthers },
      { role: 'unhide', label: menu.showAll },
      { type: 'separator' },
      { role: 'quit', label: menu.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: menu.file,
    submenu: [
      { label: menu.importFile, accelerator: 'CmdOrCtrl+O', click: () => actions.open('import') },
      { label: menu.printPdf, accelerator: 'CmdOrCtrl+P', click: () => actions.savePdf() },
      { type: 'separator' },
      { role: 'close', label: menu.close },
      ...(options.mac ? [] : [{ role: 'quit', label: menu.quit } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: menu.edit,
    submenu: [
      { role: 'undo', label: menu.undo },
      { role: 'redo', label: menu.redo },
      { type: 'separator' },
      { role: 'cut', label: menu.cut },
      { role: 'copy', label: menu.copy },
      { role: 'paste', label: menu.paste },
      { role: 'selectAll', label: menu.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: menu.view,
    submenu: [
      { role: 'reload', label: menu.reload },
      ...(options.development ? [{ role: 'toggleDevTools', label: menu.devTools } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom', label: menu.resetZoom },
      { role: 'zoomIn', label: menu.zoomIn },
      { role: 'zoomOut', label: menu.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: menu.fullScreen },
    ],
  };
  const go: MenuItemConstructorOptions = {
    label: menu.go,
    submenu: GO_ROUTES.map((route, index) => ({
      label: nav[route],
      accelerator: `CmdOrCtrl+${index + 1}`,
      click: () => actions.open(route),
    })),
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: menu.window,
    submenu: [
      { role: 'minimize', label: menu.minimize },
      ...(options.mac
        ? [
            { role: 'zoom', label: menu.zoom } as const,
            { type: 'separator' } as const,
            { role: 'front', label: menu.front } as const,
          ]
        : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: menu.help,
    role: 'help',
    submenu: [
      { label: menu.logsFolder, click: () => actions.openLogsFolder() },
      ...(options.mac ? [] : [{ role: 'about', label: menu.about } as const]),
    ],
  };
  return [...(options.mac ? [appMenu] : []), file, edit, view, go, windowMenu, help];
}
