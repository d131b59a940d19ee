import { z } from 'zod';
import { IPC_CHANNELS, type SavedFile } from '../../shared/ipc';
import { handle, languageTag, shortText, type IpcMainLike, type InvokeEvent } from './guard';

export interface PrintIpcDeps {
  /** printToPDF of the sender's page, through a save dialog; null when cancelled. */
  toPdf(event: InvokeEvent, suggestedName: string, locale: string): Promise<SavedFile | null>;
}

export function registerPrintIpc(ipc: IpcMainLike, deps: PrintIpcDeps): void {
  handle(
    ipc,
    IPC_CHANNELS.print.toPdf,
    z.tuple([z.object({ suggestedName: shortText, locale: languageTag })]),
    ([r], event) => deps.toPdf(event, r.suggestedName, r.locale),
  );
}
