import { z } from 'zod';
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from '../../shared/ipc';

export const shellSettingsPatchSchema = z
  .object({ deadlineNotifications: z.boolean() })
  .partial()
  .strict();

/** The stored shell settings over the defaults; a damaged file gives the defaults. */
export function parseShellSettings(text: string | null): ShellSettings {
  if (!text) return DEFAULT_SHELL_SETTINGS;
  try {
    const parsed = shellSettingsPatchSchema.strip().safeParse(JSON.parse(text));
    return parsed.success ? { ...DEFAULT_SHELL_SETTINGS, ...parsed.data } : DEFAULT_SHELL_SETTINGS;
  } catch {
    return DEFAULT_SHELL_SETTINGS;
  }
}
