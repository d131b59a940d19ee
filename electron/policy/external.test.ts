import { describe, expect, it } from 'vitest';
import { allowedExternalUrl, EXTERNAL_HOSTS } from './external';

const hosts = ['docs.partner-rewards.example', 'github.com'];

describe('allowedExternalUrl', () => {
  it.each([
    ['https://github.com/x/y', 'https://github.com/x/y'],
    ['https://GITHUB.com/x', 'https://github.com/x'],
    [
      'HTTPS://docs.partner-rewards.example/a?b=c#d',
      'https://docs.partner-rewards.example/a?b=c#d',
    ],
  ])('opens %s', (url, expected) => expect(allowedExternalUrl(url, hosts)).toBe(expected));

  it.each([
    'http://github.com/',
    'https://evil.example/?next=https://github.com/',
    'https://evil.example/github.com',
    'https://github.com.evil.example/',
    'https://evilgithub.com/',
    'https://sub.github.com/',
    'https://github.com@evil.example/',
    'https://user:pw@github.com/',
    'https://github.com:8443/',
    // IDN look-alikes: Cyrillic 'і' and 'ս'; URL turns them into punycode, which is not on the list.
    'https://gіthub.com/',
    'https://githսb.com/',
    'https://xn--gthub-n4a.com/',
    'javascript:alert(1)',
    'JavaScript://github.com/%0aalert(1)',
    'java\nscript:alert(1)',
    'https://git\thub.com/',
    ' https://github.com/',
    'file:///C:/Windows/System32/calc.exe',
    'file://github.com/etc/passwd',
    'data:text/html;base64,PHNjcmlwdD4=',
    'app://partner-rewards/index.html',
    'partner-rewards://claims',
    'ms-settings:',
    'smb://github.com/share',
    '//github.com/x',
    'github.com',
    '',
  ])('refuses %s', (url) => expect(allowedExternalUrl(url, hosts)).toBeNull());

  it.each([null, undefined, 1, {}])('refuses %j', (v) =>
    expect(allowedExternalUrl(v, hosts)).toBeNull(),
  );

  it('with the shipped (empty) allowlist, opens nothing', () => {
    expect(EXTERNAL_HOSTS).toEqual([]);
    expect(allowedExternalUrl('https://github.com/')).toBeNull();
  });
});
