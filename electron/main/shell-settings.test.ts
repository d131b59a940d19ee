import { describe, expect, it } from 'vitest';
import { parseShellSettings, shellSettingsPatchSchema } from './shell-settings';

describe('shell settings', () => {
  it('defaults to notifications on', () => {
    expect(parseShellSettings(null)).toEqual({ deadlineNotifications: true });
    expect(parseShellSettings('{broken')).toEqual({ deadlineNotifications: true });
    expect(parseShellSettings('{"deadlineNotifications":"no"}')).toEqual({
      deadlineNotifications: true,
    });
  });
  it('reads a stored choice and ignores unknown keys in the file', () => {
    expect(parseShellSettings('{"deadlineNotifications":false,"x":1}')).toEqual({
      deadlineNotifications: false,
    });
  });
  it('refuses a patch with unknown keys or wrong types', () => {
    expect(shellSettingsPatchSchema.safeParse({ deadlineNotifications: false }).success).toBe(true);
    expect(shellSettingsPatchSchema.safeParse({ __proto__: 1, x: 1 }).success).toBe(false);
    expect(shellSettingsPatchSchema.safeParse({ deadlineNotifications: 'off' }).success).toBe(
      false,
    );
  });
});
