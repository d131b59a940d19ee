import { z } from 'zod';
import { IPC_CHANNELS } from '../../shared/ipc';
import type { SecretStore } from '../main/secrets';
import { handle, type IpcMainLike } from './guard';

const key = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/i);
const value = z.string().max(16 * 1024);

export function registerSecretsIpc(ipc: IpcMainLike, store: SecretStore): void {
  const ch = IPC_CHANNELS.secrets;
  handle(ipc, ch.get, z.tuple([key]), ([k]) => store.get(k));
  handle(ipc, ch.set, z.tuple([key, value]), ([k, v]) => store.set(k, v));
  handle(ipc, ch.delete, z.tuple([key]), ([k]) => store.delete(k));
  handle(ipc, ch.persistence, z.tuple([]), () => store.persistence());
}
