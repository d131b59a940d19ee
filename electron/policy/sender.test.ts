import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender';

describe('isTrustedSender', () => {
  it("trusts the app's top frame", () => {
    expect(isTrustedSender({ url: 'app://partner-rewards/index.html#/team', parent: null })).toBe(
      true,
    );
  });
  it.each([
    [{ url: 'app://partner-rewards/index.html', parent: {} }, 'a subframe'],
    [{ url: 'https://evil.example/', parent: null }, 'another site'],
    [{ url: 'https://evil.example/?next=app://partner-rewards/', parent: null }, 'a lure'],
    [{ url: 'file:///tmp/x.html', parent: null }, 'a file page'],
    [{ url: 'about:blank', parent: null }, 'about:blank'],
    [null, 'a frame that is gone'],
    [undefined, 'no frame'],
  ] as const)('refuses %j (%s)', (frame, _why) => expect(isTrustedSender(frame)).toBe(false));
});
