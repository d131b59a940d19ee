import { z } from 'zod';
import type { SecretPersistence } from '../../shared/ipc';

/** The parts of Electron's safeStorage the store uses (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: which secret store Chromium picked ('basic_text' means none). */
  getSelectedStorageBackend?(): string;
}

/** Where the encrypted values live (a JSON file in the user-data folder). */
export interface SecretFile {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

/**
 * Whether a secret would be kept encrypted by the OS. On Linux without a keyring Chromium falls
 * back to a hard-coded key ('basic_text'): that is plain text in effect, so the app keeps the
 * secret in memory only and says so.
 */
export function secretPersistence(storage: SafeStorageLike, platform: string): SecretPersistence {
  if (!storage.isEncryptionAvailable()) return { persisted: false, reason: 'unavailable' };
  if (platform === 'linux') {
    const backend = storage.getSelectedStorageBackend?.() ?? 'unknown';
    if (backend === 'basic_text' || backend === 'unknown')
      return { persisted: false, reason: 'plaintextBackend' };
  }
  return { persisted: true };
}

const fileSchema = z.record(z.string(), z.string());

export class SecretStore {
  private readonly memory = new Map<string, string>();

  constructor(
    private readonly storage: SafeStorageLike,
    private readonly file: SecretFile,
    private readonly platform: string,
  ) {}

  persistence(): SecretPersistence {
    return secretPersistence(this.storage, this.platform);
  }

  private async stored(): Promise<Map<string, string>> {
    const text = await this.file.read();
    if (!text) return new Map();
    try {
      const parsed = fileSchema.safeParse(JSON.parse(text));
      return new Map(parsed.success ? Object.entries(parsed.data) : []);
    } catch {
      return new Map();
    }
  }

  private write(all: Map<string, string>): Promise<void> {
    return this.file.write(JSON.stringify(Object.fromEntries(all)));
  }

  async get(key: string): Promise<string | null> {
    const inMemory = this.memory.get(key);
    if (inMemory !== undefined) return inMemory;
    if (!this.persistence().persisted) return null;
    const encrypted = (await this.stored()).get(key);
    if (encrypted === undefined) return null;
    try {
      return this.storage.decryptString(Buffer.from(encrypted, 'base64'));
    } catch {
      // Encrypted under another OS user or a reset keychain: as good as absent.
      return null;
    }
  }

  async set(key: string, value: string): Promise<SecretPersistence> {
    const persistence = this.persistence();
    const all = await this.stored();
    if (persistence.persisted) {
      this.memory.delete(key);
      all.set(key, this.storage.encryptString(value).toString('base64'));
    } else {
      this.memory.set(key, value);
      all.delete(key);
    }
    await this.write(all);
    return persistence;
  }

  async delete(key: string): Promise<void> {
    this.memory.delete(key);
    const all = await this.stored();
    if (all.delete(key)) await this.write(all);
  }
}
