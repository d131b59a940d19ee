import { describe, expect, it } from 'vitest';
import { electronApi } from './electron';

describe('electronApi', () => {
  const complete = {
    kind: 'electron',
    app: {},
    files: {},
    print: {},
    notify: {},
    secrets: {},
    launch: {},
    shell: {},
  };
  it('accepts the preload bridge', () => {
    expect(electronApi(complete)).toBe(complete);
  });
  it.each([
    undefined,
    null,
    'x',
    { ...complete, kind: 'browser' },
    { ...complete, secrets: undefined },
    { ...complete, launch: undefined },
    { ...complete, shell: undefined },
  ])('refuses %j', (candidate) => {
    expect(electronApi(candidate)).toBeNull();
  });
});
