import { z } from 'zod';
import { IPC_CHANNELS, type OpenedFile, type SavedFile } from '../../shared/ipc';
import { fileBytes, handle, shortText, type IpcMainLike } from './guard';

export interface FilesIpcDeps {
  /** Native save dialog, then write; null when cancelled. */
  save(suggestedName: string, mimeType: string, bytes: Uint8Array): Promise<SavedFile | null>;
  /** Native open dialog, then read; null when cancelled. */
  open(extensions: readonly string[]): Promise<OpenedFile | null>;
  showInFolder(id: string): boolean;
}

const extension = z.string().regex(/^\.[a-z0-9]{1,8}$/i);

export function registerFilesIpc(ipc: IpcMainLike, deps: FilesIpcDeps): void {
  const ch = IPC_CHANNELS.files;
  handle(
    ipc,
    ch.save,
    z.tuple([z.object({ suggestedName: shortText, mimeType: shortText, bytes: fileBytes })]),
    ([r]) => deps.save(r.suggestedName, r.mimeType, r.bytes),
  );
  handle(
    ipc,
    ch.open,
    z.tuple([z.object({ extensions: z.array(extension).min(1).max(20) })]),
    ([r]) => deps.open(r.extensions),
  );
  handle(ipc, ch.showInFolder, z.tuple([z.string().max(100)]), ([id]) => deps.showInFolder(id));
}
