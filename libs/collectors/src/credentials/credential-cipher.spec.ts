// Platform credentials at rest: AES-256-GCM with the key from the environment, bound to the account, with a
// previous key accepted for reading so that keys can be rotated.
import { randomBytes } from 'node:crypto';
import { CredentialCipher, CredentialKeyError } from './credential-cipher.js';

const key = () => randomBytes(32).toString('base64');
const ACCOUNT = '0b0e3d2a-5f8e-4c55-9a59-4d8f0c2c1a11';

describe('CredentialCipher', () => {
  test('sealed secrets open again, and the stored form does not contain them', () => {
    const cipher = CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: key() });
    const sealed = cipher.seal({ token: 'EAAB-very-secret-page-token' }, ACCOUNT);
    expect(JSON.stringify(sealed)).not.toContain('very-secret');
    expect(Buffer.from(sealed.ciphertext, 'base64').toString('latin1')).not.toContain('very-secret');
    expect(cipher.open(sealed, ACCOUNT)).toEqual({ token: 'EAAB-very-secret-page-token' });
    // A fresh nonce each time: the same secret never seals to the same bytes.
    expect(cipher.seal({ token: 'x' }, ACCOUNT).ciphertext).not.toBe(
      cipher.seal({ token: 'x' }, ACCOUNT).ciphertext,
    );
  });

  test('a ciphertext copied to another account, or altered, does not open', () => {
    const cipher = CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: key() });
    const sealed = cipher.seal({ token: 'secret' }, ACCOUNT);
    expect(() => cipher.open(sealed, 'another-account')).toThrow(CredentialKeyError);
    const bytes = Buffer.from(sealed.ciphertext, 'base64');
    bytes[0] ^= 1;
    expect(() => cipher.open({ ...sealed, ciphertext: bytes.toString('base64') }, ACCOUNT)).toThrow(
      'the stored credentials do not open with the configured key',
    );
  });

  test('rotation: the previous key still opens old secrets, which are stale until re-sealed', () => {
    const oldKey = key();
    const before = CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: oldKey });
    const sealed = before.seal({ appPassword: 'abcd-efgh' }, ACCOUNT);
    const after = CredentialCipher.fromEnvironment({
      LEDGER_CREDENTIALS_KEY: key(),
      LEDGER_CREDENTIALS_PREVIOUS_KEY: oldKey,
    });
    expect(after.open(sealed, ACCOUNT)).toEqual({ appPassword: 'abcd-efgh' });
    expect(after.isStale(sealed)).toBe(true);
    expect(after.isStale(after.seal({ appPassword: 'abcd-efgh' }, ACCOUNT))).toBe(false);
    const forgotten = CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: key() });
    expect(() => forgotten.open(sealed, ACCOUNT)).toThrow(/sealed with key k[0-9a-f]{12}, which is neither/);
  });

  test('a missing or malformed key says how to make one and never echoes the value', () => {
    expect(() => CredentialCipher.fromEnvironment({}).seal({ token: 't' }, ACCOUNT)).toThrow(
      /openssl rand -base64 32/,
    );
    const malformed = CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: 'too-short-key' });
    expect(() => malformed.seal({ token: 't' }, ACCOUNT)).toThrow(
      'LEDGER_CREDENTIALS_KEY must be base64 of exactly 32 bytes',
    );
    expect(() => malformed.seal({ token: 't' }, ACCOUNT)).not.toThrow(/too-short-key/);
  });
});
