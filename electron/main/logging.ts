import { join } from 'node:path';

/** The parts of electron-log's main logger configured here (a fake in tests). */
export interface LoggerLike {
  transports: {
    file: {
      resolvePathFn: (...args: never[]) => string;
      maxSize: number;
      level: string | false;
    };
    console: { level: string | false };
  };
  errorHandler: { startCatching(options: { showDialog: boolean }): void };
}

export const LOG_FILE = 'main.log';
/** electron-log renames a full file to main.old.log and starts a new one: two files at most. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Errors and warnings (and info, for support) go to a rotating file in the logs folder and
 * nowhere else: electron-log sends nothing over the network unless a remote transport is added,
 * and none is.
 */
export function configureLogging(log: LoggerLike, logsDir: string, development: boolean): string {
  const path = join(logsDir, LOG_FILE);
  log.transports.file.resolvePathFn = () => path;
  log.transports.file.maxSize = LOG_MAX_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = development ? 'debug' : false;
  log.errorHandler.startCatching({ showDialog: false });
  return path;
}
