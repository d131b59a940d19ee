import { describe, expect, it } from 'vitest';
import { routeOfDeepLink } from './deep-link';

describe('routeOfDeepLink', () => {
  it.each([
    ['partner-rewards://claims', 'claims'],
    ['partner-rewards://claims/', 'claims'],
    ['partner-rewards:///claims', 'claims'],
    ['partner-rewards://Elevate?x=1#y', 'elevate'],
    ['PARTNER-REWARDS://import', 'import'],
  ])('%s → %s', (url, route) => expect(routeOfDeepLink(url)).toBe(route));

  it.each([
    'partner-rewards://',
    'partner-rewards://unknown',
    'partner-rewards://__proto__',
    'partner-rewards://constructor',
    'partner-rewards://user@claims',
    'partner-rewards://claims:80',
    'partner-rewards://..%2fclaims',
    'https://evil.example/?next=partner-rewards://claims',
    'partner-rewards-evil://claims',
    'javascript:partner-rewards://claims',
    'file:///claims',
    'data:,claims',
    'claims',
  ])('refuses %s', (url) => expect(routeOfDeepLink(url)).toBeNull());
});
