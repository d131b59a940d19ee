import { describe, expect, it } from 'vitest';
import { readShellSettings } from './browser';

describe('readShellSettings (browser)', () => {
  const off = { deadlineNotifications: false };
  it('uses the defaults given (off until notification permission exists)', () => {
    expect(readShellSettings(null, off)).toEqual(off);
    expect(readShellSettings('{broken', off)).toEqual(off);
    expect(readShellSettings('{"deadlineNotifications":"yes"}', off)).toEqual(off);
  });
  it('keeps what the user chose', () => {
    expect(readShellSettings('{"deadlineNotifications":true}', off)).toEqual({
      deadlineNotifications: true,
    });
  });
});
