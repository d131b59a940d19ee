import { z } from 'zod';
import { IPC_CHANNELS, type ShellSettings } from '../../shared/ipc';
import { shellSettingsPatchSchema } from '../main/shell-settings';
import { handle, type IpcMainLike } from './guard';

export interface ShellIpcDeps {
  settings(): ShellSettings;
  updateSettings(patch: Partial<ShellSettings>): Promise<ShellSettings>;
  openLogsFolder(): Promise<boolean>;
}

export function registerShellIpc(ipc: IpcMainLike, deps: ShellIpcDeps): void {
  const ch = IPC_CHANNELS.shell;
  handle(ipc, ch.settings, z.tuple([]), () => deps.settings());
  handle(ipc, ch.updateSettings, z.tuple([shellSettingsPatchSchema]), ([patch]) =>
    deps.updateSettings(patch),
  );
  handle(ipc, ch.openLogsFolder, z.tuple([]), () => deps.openLogsFolder());
}
