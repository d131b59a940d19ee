import { z } from 'zod';
import { IPC_CHANNELS } from '../../shared/ipc';
import type { LaunchQueue } from '../launch/queue';
import { handle, type IpcMainLike } from './guard';

export function registerLaunchIpc(ipc: IpcMainLike, queue: LaunchQueue): void {
  handle(ipc, IPC_CHANNELS.launch.take, z.tuple([]), () => queue.take());
}
