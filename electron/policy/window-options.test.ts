import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from './window-options';
import { APP_SCHEME_PRIVILEGES } from './scheme';

describe('mainWindowOptions (the real window options)', () => {
  const options = mainWindowOptions({
    preloadPath: '/app/dist-electron/preload.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
    title: 'Partner Rewards',
    devTools: false,
  });
  const web = options.webPreferences ?? {};

  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['experimentalFeatures', false],
    ['enableBlinkFeatures', ''],
    ['webviewTag', false],
    ['navigateOnDragDrop', false],
    ['devTools', false],
    ['preload', '/app/dist-electron/preload.cjs'],
  ] as const)('webPreferences.%s is %j', (key, value) => {
    expect(web[key]).toBe(value);
  });

  it('sets nothing else in webPreferences that could loosen them', () => {
    expect(Object.keys(web).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'enableBlinkFeatures',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
    expect(web).not.toHaveProperty('disableBlinkFeatures');
    expect(web).not.toHaveProperty('additionalArguments');
  });

  it('places the window and shows it only when ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false });
  });

  it('registers app:// as standard and secure, without bypassing the CSP', () => {
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      bypassCSP: false,
    });
  });
});
