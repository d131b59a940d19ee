import Ajv from 'ajv';
import { load } from 'js-yaml';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IMPORT_EXTENSIONS } from '../launch/argv';
import { DEEP_LINK_SCHEME } from '../launch/deep-link';

const root = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);
// electron-builder's own configuration schema, shipped in its package (app-builder-lib).
const schema = require('app-builder-lib/scheme.json') as object;
const validate = new Ajv({ allErrors: true }).compile(schema);
const config = load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a YAML document, checked by the schema

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's schema", () => {
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('the schema check does catch mistakes', () => {
    expect(validate({ ...config, mac: { ...config.mac, hardenedRuntime: 'yes' } })).toBe(false);
    expect(validate({ ...config, electronFuse: {} })).toBe(false);
  });

  it('flips the fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds NSIS, a hardened dmg with entitlements, AppImage and deb', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(existsSync(`${root}${config.mac.entitlements}`)).toBe(true);
    expect(readFileSync(`${root}${config.mac.entitlements}`, 'utf8')).not.toMatch(
      /disable-library-validation|allow-dyld-environment-variables/,
    );
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(existsSync(`${root}${config.icon}`)).toBe(true);
  });

  it('registers the deep-link scheme and the import file types the shell handles', () => {
    expect(config.protocols[0].schemes).toEqual([DEEP_LINK_SCHEME]);
    expect(config.fileAssociations.map((a: { ext: string }) => `.${a.ext}`)).toEqual([
      ...IMPORT_EXTENSIONS,
    ]);
  });

  it('packages the built app only, and publishes nothing (updates need a feed URL at run time)', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/web/**', 'dist-electron/*.cjs', '!node_modules/**']),
    );
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });
});
