// The server's public key as the auditor keeps it: a PEM file ("-----BEGIN PUBLIC KEY-----").

import { MalformedError, fromBase64 } from './bytes.js';
import { importVerifyKey } from './checkpoint.js';

/**
 * The key's SubjectPublicKeyInfo bytes as .NET exports them (uncompressed point), so that they compare byte for
 * byte with the key a file carries.
 */
export async function readPublicKeyPem(text) {
  const m = /-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\s]*)-----END PUBLIC KEY-----/.exec(text);
  if (m === null)
    throw new MalformedError('the public key file is not a PEM public key (-----BEGIN PUBLIC KEY-----)');
  try {
    const key = await importVerifyKey(fromBase64(m[1]), true);
    return new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', key));
  } catch {
    throw new MalformedError('the public key file does not hold an ECDSA P-256 public key');
  }
}
