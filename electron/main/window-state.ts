import { z } from 'zod';

export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: Bounds;
  readonly maximized: boolean;
}

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
});
const stateSchema = z.object({ bounds: boundsSchema, maximized: z.boolean() });

export const DEFAULT_SIZE = { width: 1360, height: 900 } as const;

/** A stored state, or null when the file is missing, damaged or not ours. */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Bounds, b: Bounds): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where the window opens: the remembered place if a good part of it (its title bar reachable) is
 * on a display that is still connected, shrunk to fit that display; otherwise centred on the
 * primary display at the default size.
 */
export function restoredBounds(
  saved: WindowState | null,
  workAreas: readonly Bounds[],
  primary: Bounds,
): { bounds: Bounds; maximized: boolean } {
  const centred = (area: Bounds): Bounds => {
    const width = Math.min(DEFAULT_SIZE.width, area.width);
    const height = Math.min(DEFAULT_SIZE.height, area.height);
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  };
  if (!saved) return { bounds: centred(primary), maximized: false };
  const titleBar: Bounds = { ...saved.bounds, height: Math.min(40, saved.bounds.height) };
  const area = workAreas.find((a) => overlap(titleBar, a) >= Math.min(100, titleBar.width) * 20);
  if (!area) return { bounds: centred(primary), maximized: saved.maximized };
  const width = Math.min(saved.bounds.width, area.width);
  const height = Math.min(saved.bounds.height, area.height);
  const x = Math.min(Math.max(saved.bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.bounds.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
