import { describe, expect, it } from 'vitest';
import { isAppUrl } from './origin';

describe('isAppUrl', () => {
  it.each([
    'app://partner-rewards/index.html',
    'app://partner-rewards/',
    'app://partner-rewards/assets/index-abc.js?x=1#/claims',
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true));

  it.each([
    'https://evil.example/?next=app://partner-rewards/',
    'https://evil.example/app://partner-rewards/',
    'app://partner-rewards.evil.example/',
    'app://evil.example/partner-rewards',
    'app://user@partner-rewards/',
    'app://partner-rewards:pw@evil.example/',
    'app://Partner-Rewards/',
    'APP://PARTNER-REWARDS/',
    'app://partner-rewards:8080/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app:partner-rewards',
    'app:///partner-rewards/',
    ' app://partner-rewards/x',
    'app://partner-rewards/x\n',
    'app://partner-\trewards/',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));

  it.each([null, undefined, 42, {}, ['app://partner-rewards/']])('refuses %j', (value) =>
    expect(isAppUrl(value)).toBe(false),
  );
});
