import { z } from 'zod';
import { IPC_CHANNELS, LINKABLE_ROUTES, type NotificationRequest } from '../../shared/ipc';
import { handle, type IpcMainLike } from './guard';

export interface NotifyIpcDeps {
  /** Shows an OS notification (when the setting allows); a click opens the route. */
  show(request: NotificationRequest): void;
}

export function registerNotifyIpc(ipc: IpcMainLike, deps: NotifyIpcDeps): void {
  handle(
    ipc,
    IPC_CHANNELS.notify.show,
    z.tuple([
      z
        .object({
          title: z.string().min(1).max(200),
          body: z.string().max(1000),
          route: z.enum(LINKABLE_ROUTES).optional(),
        })
        .strict(),
    ]),
    ([request]) => deps.show(request),
  );
}
