import { z } from 'zod';
import { IPC_CHANNELS } from '../../shared/ipc';
import { handle, languageTag, type IpcMainLike } from './guard';

export interface AppIpcDeps {
  version(): string;
  preferredLanguages(): readonly string[];
  setLanguage(language: string): void;
}

export function registerAppIpc(ipc: IpcMainLike, deps: AppIpcDeps): void {
  const ch = IPC_CHANNELS.app;
  handle(ipc, ch.version, z.tuple([]), () => deps.version());
  handle(ipc, ch.preferredLanguages, z.tuple([]), () => [...deps.preferredLanguages()]);
  handle(ipc, ch.setLanguage, z.tuple([languageTag]), ([language]) => deps.setLanguage(language));
}
