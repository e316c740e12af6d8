// A signed head of the log: ECDSA P-256 with SHA-256 over four lines of text, the signature as r ‖ s (64 bytes).

import { MalformedError, fromBase64, toHex, utf8 } from './bytes.js';
import { sha256 } from './sha256.js';
import { checkpointTime } from './time.js';

export const origin = 'AgreementTracker event log v1';

export function signedText(size, root, signedAtTicks) {
  return `${origin}\n${size}\n${btoa(String.fromCharCode(...root))}\n${checkpointTime(signedAtTicks)}\n`;
}

/** A checkpoint's fields decoded: { size, root, signedAtTicks, keyId, signature }. */
export function decodeCheckpoint(c) {
  return { size: c.size, root: fromBase64(c.root), signedAtTicks: c.signedAtTicks, keyId: c.keyId, signature: fromBase64(c.signature) };
}

/** Does the checkpoint name this key (SubjectPublicKeyInfo bytes) and verify with it? */
export async function isSignedBy(checkpoint, publicKey) {
  if (checkpoint.keyId !== toHex(sha256(publicKey)))
    return false;
  let key;
  try {
    key = await importVerifyKey(publicKey);
  } catch {
    throw new MalformedError('the public key is not an ECDSA P-256 key');
  }
  return globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, checkpoint.signature,
    utf8(signedText(checkpoint.size, checkpoint.root, checkpoint.signedAtTicks)));
}

export function importVerifyKey(publicKey, extractable = false) {
  return globalThis.crypto.subtle.importKey('spki', publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, extractable, ['verify']);
}
