import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { SealedSecret } from '#persistence';

export interface CredentialKey {
  /** A fingerprint of the key (not the key): stored beside each ciphertext to find the key that opens it. */
  id: string;
  key: Buffer;
}

/** The key configuration is missing or wrong: the message says how to fix it, never what the key is. */
export class CredentialKeyError extends Error {}

export const CREDENTIAL_CIPHER = Symbol('CREDENTIAL_CIPHER');

/**
 * AES-256-GCM for platform credentials. The key comes from the environment (LEDGER_CREDENTIALS_KEY, base64
 * of 32 random bytes); LEDGER_CREDENTIALS_PREVIOUS_KEY still opens what the previous key sealed, so a key
 * can be rotated without downtime and the rows re-sealed afterwards. Each ciphertext is bound to its account
 * (additional authenticated data): copied to another account's row it does not open.
 */
export class CredentialCipher {
  constructor(
    private readonly current: CredentialKey | null,
    private readonly previous: readonly CredentialKey[] = [],
    /** A malformed key in the environment: reported when credentials are used, not when the app starts. */
    private readonly configError: string | null = null,
  ) {}

  static fromEnvironment(env: NodeJS.ProcessEnv = process.env): CredentialCipher {
    try {
      const current = env.LEDGER_CREDENTIALS_KEY
        ? parseKey(env.LEDGER_CREDENTIALS_KEY, 'LEDGER_CREDENTIALS_KEY')
        : null;
      const previous = env.LEDGER_CREDENTIALS_PREVIOUS_KEY
        ? [parseKey(env.LEDGER_CREDENTIALS_PREVIOUS_KEY, 'LEDGER_CREDENTIALS_PREVIOUS_KEY')]
        : [];
      return new CredentialCipher(current, previous);
    } catch (error) {
      return new CredentialCipher(null, [], (error as Error).message);
    }
  }

  get currentKeyId(): string | null {
    return this.current?.id ?? null;
  }

  seal(secret: Record<string, string>, accountId: string): SealedSecret {
    if (this.configError) throw new CredentialKeyError(this.configError);
    if (!this.current) {
      throw new CredentialKeyError(
        'LEDGER_CREDENTIALS_KEY is not set: credentials are stored encrypted. Create a key with ' +
          '`openssl rand -base64 32` and keep it in the environment (not in the database).',
      );
    }
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, iv);
    cipher.setAAD(Buffer.from(accountId, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secret), 'utf8'), cipher.final()]);
    return {
      keyId: this.current.id,
      iv: iv.toString('base64'),
      ciphertext: ciphertext.toString('base64'),
      authTag: cipher.getAuthTag().toString('base64'),
    };
  }

  open(sealed: SealedSecret, accountId: string): Record<string, string> {
    if (this.configError) throw new CredentialKeyError(this.configError);
    const key = [this.current, ...this.previous].find((k) => k?.id === sealed.keyId);
    if (!key) {
      throw new CredentialKeyError(
        `the credentials were sealed with key ${sealed.keyId}, which is neither LEDGER_CREDENTIALS_KEY nor ` +
          'LEDGER_CREDENTIALS_PREVIOUS_KEY',
      );
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(sealed.iv, 'base64'));
      decipher.setAAD(Buffer.from(accountId, 'utf8'));
      decipher.setAuthTag(Buffer.from(sealed.authTag, 'base64'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(sealed.ciphertext, 'base64')),
        decipher.final(),
      ]);
      const parsed: unknown = JSON.parse(plain.toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an object');
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<
        string,
        string
      >;
    } catch {
      // The reason (tampered row, wrong account, corrupt data) is deliberately not more specific.
      throw new CredentialKeyError(
        'the stored credentials do not open with the configured key (altered or not this account’s)',
      );
    }
  }

  /** True when the secret should be re-sealed with the current key. */
  isStale(sealed: SealedSecret): boolean {
    return this.current !== null && sealed.keyId !== this.current.id;
  }
}

function parseKey(value: string, name: string): CredentialKey {
  const key = Buffer.from(value.trim(), 'base64');
  if (key.length !== 32 || key.toString('base64') !== value.trim().replace(/\s+/g, '')) {
    throw new CredentialKeyError(
      `${name} must be base64 of exactly 32 bytes (e.g. \`openssl rand -base64 32\`)`,
    );
  }
  return { id: `k${createHash('sha256').update(key).digest('hex').slice(0, 12)}`, key };
}
