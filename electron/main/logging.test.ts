import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureLogging, LOG_MAX_BYTES, type LoggerLike } from './logging';

describe('configureLogging', () => {
  it('writes a rotating file in the logs folder and catches uncaught errors without a dialog', () => {
    const caught: { showDialog: boolean }[] = [];
    const log: LoggerLike = {
      transports: {
        file: { resolvePathFn: () => 'default', maxSize: 0, level: false },
        console: { level: 'silly' },
      },
      errorHandler: { startCatching: (o) => void caught.push(o) },
    };
    const path = configureLogging(log, '/data/logs', false);
    expect(path).toBe(join('/data/logs', 'main.log'));
    expect(log.transports.file.resolvePathFn()).toBe(path);
    expect(log.transports.file.maxSize).toBe(LOG_MAX_BYTES);
    expect(log.transports.file.level).toBe('info');
    expect(log.transports.console.level).toBe(false);
    expect(caught).toEqual([{ showDialog: false }]);
  });
});
