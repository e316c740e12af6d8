// The export's last line: SHA-256 of every byte before it, signed (ECDSA P-256, SHA-256, r ‖ s) with the
// checkpoint's key over two lines of text, so nothing in the file is left that no signature covers.

import { MalformedError, fromHex, toHex, utf8 } from './bytes.js';
import { importVerifyKey } from './checkpoint.js';
import * as failures from './failures.js';
import { object, string } from './fields.js';

export const origin = 'AgreementTracker history export v2';

export const sealShape = object({ digest: string, signature: string });

/** The seal's failure (or null), given the seal read from the last line and the digest of the bytes before it. */
export async function sealProblem(seal, digest, publicKey) {
  if (seal.digest !== toHex(digest))
    return failures.sealMismatch();
  if (!/^[0-9a-f]*$/.test(seal.signature))
    return failures.badSeal();
  let key;
  try {
    key = await importVerifyKey(publicKey);
  } catch {
    throw new MalformedError('the public key is not an ECDSA P-256 key');
  }
  const signed = await globalThis.crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, fromHex(seal.signature),
    utf8(`${origin}\n${seal.digest}\n`));
  return signed ? null : failures.badSeal();
}
