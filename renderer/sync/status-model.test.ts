import { describe, expect, it } from 'vitest';
import { databaseFor, tokenKey } from './account';
import { describeStatus, errorMessage } from './status-model';

const base = { signedIn: true, demo: false, running: false, lastError: null, lastSuccessAt: null };

describe('the sync state in one word', () => {
  it('never says synced when it is not', () => {
    expect(describeStatus({ ...base, signedIn: false })).toBe('local-only');
    expect(describeStatus({ ...base, signedIn: false, demo: true })).toBe('demo');
    expect(describeStatus({ ...base, demo: true })).toBe('demo');
    expect(describeStatus(base)).toBe('never-synced');
    expect(describeStatus({ ...base, lastSuccessAt: '2026-12-02T10:00:00Z' })).toBe('synced');
    expect(describeStatus({ ...base, running: true })).toBe('syncing');
    expect(
      describeStatus({ ...base, lastSuccessAt: 'x', lastError: { kind: 'unreachable' } }),
    ).toBe('error');
    // Signed out wins over a run in progress: nothing can be sent until the user signs in.
    expect(describeStatus({ ...base, running: true, lastError: { kind: 'signedOut' } })).toBe(
      'signed-out',
    );
  });

  it('says a refusal with the server’s status and words', () => {
    expect(
      errorMessage({ kind: 'refused', status: 403, code: 'forbidden', message: 'Not yours.' }),
    ).toEqual({ key: 'sync.error.refused', values: { status: 403, message: 'Not yours.' } });
    expect(errorMessage({ kind: 'unreachable' })).toEqual({ key: 'sync.error.unreachable' });
    expect(errorMessage({ kind: 'busy' })).toEqual({ key: 'sync.error.busy' });
  });
});

describe('one database per user and server', () => {
  it('differs by user and by server, and is a valid database name', () => {
    const a = databaseFor('https://sync.example.com', 'rep-ana');
    expect(a).toMatch(/^[\w-]{1,64}$/);
    expect(a).not.toBe(databaseFor('https://sync.example.com', 'rep-ben'));
    expect(a).not.toBe(databaseFor('https://other.example.com', 'rep-ana'));
    expect(a).toBe(databaseFor('https://sync.example.com', 'rep-ana'));
    expect(databaseFor('https://s', 'x'.repeat(200) + '/ä')).toMatch(/^[\w-]{1,64}$/);
    expect(tokenKey(a)).toContain(a);
  });
});
