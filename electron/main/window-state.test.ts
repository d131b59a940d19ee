import { describe, expect, it } from 'vitest';
import { parseWindowState, restoredBounds } from './window-state';

const primary = { x: 0, y: 0, width: 1920, height: 1040 };
const second = { x: 1920, y: 0, width: 1280, height: 1000 };

describe('parseWindowState', () => {
  it('reads what was written', () => {
    const state = { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });
  it.each([
    null,
    '',
    '{',
    '[]',
    '{"bounds":{"x":"0"}}',
    '{"bounds":{"x":0,"y":0,"width":1e9,"height":500},"maximized":false}',
  ])('gives null for %j', (text) => expect(parseWindowState(text)).toBeNull());
});

describe('restoredBounds', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(restoredBounds(null, [primary], primary)).toEqual({
      bounds: { x: 280, y: 70, width: 1360, height: 900 },
      maximized: false,
    });
  });
  it('reopens where it was, on the second display too', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: false };
    expect(restoredBounds(saved, [primary, second], primary).bounds).toEqual(saved.bounds);
  });
  it('comes back to the primary display when its display is gone', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1000, height: 800 }, maximized: true };
    const placed = restoredBounds(saved, [primary], primary);
    expect(placed.bounds.x).toBeLessThan(1920);
    expect(placed.maximized).toBe(true);
  });
  it('shrinks and pulls a window that hangs off its display back onto it', () => {
    const saved = { bounds: { x: 1500, y: -10, width: 3000, height: 2000 }, maximized: false };
    expect(restoredBounds(saved, [primary], primary).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });
});
