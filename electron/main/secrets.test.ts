import { describe, expect, it } from 'vitest';
import { SecretStore, secretPersistence, type SafeStorageLike } from './secrets';

/** A fake safeStorage: "encrypts" by reversing and tagging, so the file never holds the secret. */
function fakeStorage(available: boolean, backend?: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => Buffer.from(`enc:${[...plain].reverse().join('')}`),
    decryptString: (encrypted) => {
      const text = encrypted.toString();
      if (!text.startsWith('enc:')) throw new Error('cannot decrypt');
      return [...text.slice(4)].reverse().join('');
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
}

function memoryFile() {
  const file = { text: null as string | null, writes: 0 };
  return {
    file,
    io: {
      read: async () => file.text,
      write: async (text: string) => {
        file.text = text;
        file.writes++;
      },
    },
  };
}

describe('secretPersistence', () => {
  it.each([
    [true, 'darwin', undefined, { persisted: true }],
    [true, 'win32', undefined, { persisted: true }],
    [true, 'linux', 'gnome_libsecret', { persisted: true }],
    [true, 'linux', 'kwallet5', { persisted: true }],
    [true, 'linux', 'basic_text', { persisted: false, reason: 'plaintextBackend' }],
    [true, 'linux', 'unknown', { persisted: false, reason: 'plaintextBackend' }],
    [true, 'linux', undefined, { persisted: false, reason: 'plaintextBackend' }],
    [false, 'darwin', undefined, { persisted: false, reason: 'unavailable' }],
  ] as const)('available=%s on %s (%s)', (available, platform, backend, expected) =>
    expect(secretPersistence(fakeStorage(available, backend), platform)).toEqual(expected),
  );
});

describe('SecretStore', () => {
  it('stores the token encrypted where the OS encrypts, and reads it back', async () => {
    const { file, io } = memoryFile();
    const store = new SecretStore(fakeStorage(true), io, 'darwin');
    expect(await store.set('sync.token', 's3cret-token')).toEqual({ persisted: true });
    expect(file.text).not.toContain('s3cret-token');
    const reopened = new SecretStore(fakeStorage(true), io, 'darwin');
    expect(await reopened.get('sync.token')).toBe('s3cret-token');
    await reopened.delete('sync.token');
    expect(await reopened.get('sync.token')).toBeNull();
  });

  it('never writes the token on Linux without a keyring, keeps it for the session, says why', async () => {
    const { file, io } = memoryFile();
    const store = new SecretStore(fakeStorage(true, 'basic_text'), io, 'linux');
    expect(await store.set('sync.token', 's3cret-token')).toEqual({
      persisted: false,
      reason: 'plaintextBackend',
    });
    expect(file.text ?? '').not.toContain('enc:');
    expect(await store.get('sync.token')).toBe('s3cret-token');
    const nextStart = new SecretStore(fakeStorage(true, 'basic_text'), io, 'linux');
    expect(await nextStart.get('sync.token')).toBeNull();
  });

  it('drops a copy stored earlier when the keyring has gone since', async () => {
    const { file, io } = memoryFile();
    await new SecretStore(fakeStorage(true, 'kwallet5'), io, 'linux').set('sync.token', 'old');
    expect(file.text).toContain('sync.token');
    await new SecretStore(fakeStorage(true, 'basic_text'), io, 'linux').set('sync.token', 'new');
    expect(file.text).not.toContain('sync.token');
  });

  it('treats a damaged file or an undecryptable value as absent', async () => {
    const { file, io } = memoryFile();
    const store = new SecretStore(fakeStorage(true), io, 'win32');
    file.text = '{not json';
    expect(await store.get('sync.token')).toBeNull();
    file.text = JSON.stringify({ 'sync.token': Buffer.from('garbage').toString('base64') });
    expect(await store.get('sync.token')).toBeNull();
    file.text = JSON.stringify({ 'sync.token': 42 });
    expect(await store.get('sync.token')).toBeNull();
  });
});
