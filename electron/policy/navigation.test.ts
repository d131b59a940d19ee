import { describe, expect, it } from 'vitest';
import { navigationDecision, windowOpenDecision } from './navigation';

describe('navigationDecision (will-navigate, will-redirect)', () => {
  it('lets the app move within itself', () => {
    expect(navigationDecision('app://partner-rewards/index.html#/claims')).toEqual({
      action: 'allow',
    });
  });
  it.each([
    'https://evil.example/?next=app://partner-rewards/',
    'http://127.0.0.1:4173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'app://evil/',
    'App://partner-rewards.evil/',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
  ])('denies %s', (url) => expect(navigationDecision(url)).toEqual({ action: 'deny' }));
});

describe('windowOpenDecision', () => {
  it.each([
    'app://partner-rewards/index.html',
    'https://evil.example/',
    'javascript:alert(1)',
    'about:blank',
    '',
  ])('denies %s (no second window, not even of the app)', (url) =>
    expect(windowOpenDecision(url)).toEqual({ action: 'deny' }),
  );
});
