import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { USER_DATA_ENV, userDataOverride } from './user-data';
import { UPDATE_FEED_ENV, updateFeedUrl } from './updates';

describe('userDataOverride', () => {
  it('uses the OS folder unless the variable is set', () => {
    expect(userDataOverride({}, '/work')).toBeNull();
    expect(userDataOverride({ [USER_DATA_ENV]: '   ' }, '/work')).toBeNull();
  });
  it('takes an absolute folder as given and a relative one from the working folder', () => {
    expect(userDataOverride({ [USER_DATA_ENV]: '/tmp/pr-test-1' }, '/work')).toBe(
      resolve('/tmp/pr-test-1'),
    );
    expect(userDataOverride({ [USER_DATA_ENV]: 'data/../t2' }, '/work')).toBe(resolve('/work/t2'));
  });
});

describe('updateFeedUrl', () => {
  it('is off without a feed', () => expect(updateFeedUrl({})).toBeNull());
  it('takes an https feed', () =>
    expect(updateFeedUrl({ [UPDATE_FEED_ENV]: 'https://updates.example.com/pr/' })).toBe(
      'https://updates.example.com/pr/',
    ));
  it.each([
    'http://updates.example.com/',
    'https://user:pw@updates.example.com/',
    'file:///tmp/feed',
    'javascript:alert(1)',
    'updates.example.com',
  ])('stays off for %s', (url) => expect(updateFeedUrl({ [UPDATE_FEED_ENV]: url })).toBeNull());
});
