import { isAppUrl } from './origin';

/** The parts of Electron's WebFrameMain a sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * IPC is answered only for the app's own top-level frame: not for a subframe, not for a page that
 * navigated elsewhere, not for a frame that is gone (null).
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
