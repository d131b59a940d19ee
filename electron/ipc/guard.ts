import { z } from 'zod';
import { isTrustedSender, type SenderFrame } from '../policy/sender';

/** The parts of ipcMain and its event the handlers use (a fake in tests). */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
}

export class IpcRefused extends Error {
  override readonly name = 'IpcRefused';
}

/**
 * Registers one invoke handler: the sender must be the app's own top frame, and the arguments
 * (unknown input) must match the schema, else the call is refused with a message saying which.
 */
export function handle<S extends z.ZodTuple>(
  ipc: IpcMainLike,
  channel: string,
  schema: S,
  run: (args: z.infer<S>, event: InvokeEvent) => unknown,
): void {
  ipc.handle(channel, (event, ...args) => {
    if (!isTrustedSender(event.senderFrame))
      throw new IpcRefused(`${channel}: refused, the sender is not the app's window`);
    const parsed = schema.safeParse(args);
    if (!parsed.success)
      throw new IpcRefused(`${channel}: invalid arguments: ${z.prettifyError(parsed.error)}`);
    return run(parsed.data, event);
  });
}

/** Bounds for strings the renderer sends. */
export const shortText = z.string().max(500);
export const languageTag = z
  .string()
  .min(2)
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/);
/** 200 MB: far above a distributor's quarterly file, far below memory trouble. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const fileBytes = z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, {
  message: 'file too large',
});
