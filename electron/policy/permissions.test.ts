import { describe, expect, it } from 'vitest';
import { permissionAllowed } from './permissions';

describe('permissionAllowed', () => {
  it('grants the app clipboard writes only', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://partner-rewards/')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'app://partner-rewards')).toBe(true);
  });
  it.each([
    'media',
    'geolocation',
    'notifications',
    'midi',
    'midiSysex',
    'pointerLock',
    'fullscreen',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'unknown-future-permission',
    '',
  ])('denies %s to the app', (permission) =>
    expect(permissionAllowed(permission, 'app://partner-rewards/')).toBe(false),
  );
  it.each([
    'https://evil.example/',
    'https://evil.example/?next=app://partner-rewards/',
    'file:///',
    'null',
    '',
    'app://partner-rewards.evil/',
  ])('denies everything to %s', (origin) =>
    expect(permissionAllowed('clipboard-sanitized-write', origin)).toBe(false),
  );
});
