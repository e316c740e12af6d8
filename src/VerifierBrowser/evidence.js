// The two single-document kinds of evidence: consistency evidence (two signed checkpoints and the proof that the
// later log extends the earlier) and a published checkpoint.

import { equal, fromBase64, fromHex } from './bytes.js';
import { decodeCheckpoint, isSignedBy } from './checkpoint.js';
import { checkpointShape } from './export-verifier.js';
import * as failures from './failures.js';
import { array, nullable, object, readJson, string } from './fields.js';
import { verifyConsistency } from './merkle.js';

const consistencyShape = object({ format: string, earlier: checkpointShape, later: checkpointShape, proof: array(string), publicKey: string });
const publishedShape = object({ format: string, checkpoint: checkpointShape, publicKey: string });

/** The first failure of consistency evidence, or null when the later checkpoint provably extends the earlier. */
export async function checkConsistency(text, trustedKey) {
  const evidence = readJson(text, nullable(consistencyShape));
  if (evidence === undefined)
    return failures.malformed('it is not JSON with the fields of consistency evidence');
  if (evidence === null || evidence.format !== failures.consistencyFormat)
    return failures.notDocument(failures.consistencyFormat);
  const publicKey = fromBase64(evidence.publicKey);
  if (trustedKey !== null && !equal(trustedKey, publicKey))
    return failures.untrustedKey('evidence');
  const [earlier, later] = [decodeCheckpoint(evidence.earlier), decodeCheckpoint(evidence.later)];
  if (!await isSignedBy(earlier, publicKey) || !await isSignedBy(later, publicKey))
    return failures.badSignatureOfEither();
  return verifyConsistency(earlier.size, later.size, earlier.root, later.root, evidence.proof.map(fromHex))
    ? null
    : failures.notExtended(earlier.size, later.size);
}

/** The first failure of a published checkpoint, or null when its signature verifies with the key. */
export async function checkPublishedCheckpoint(text, trustedKey) {
  const published = readJson(text, nullable(publishedShape));
  if (published === undefined)
    return failures.malformed('it is not JSON with the fields of a checkpoint');
  if (published === null || published.format !== failures.checkpointFormat)
    return failures.notDocument(failures.checkpointFormat);
  const publicKey = fromBase64(published.publicKey);
  if (trustedKey !== null && !equal(trustedKey, publicKey))
    return failures.untrustedKey('checkpoint');
  return await isSignedBy(decodeCheckpoint(published.checkpoint), publicKey) ? null : failures.badSignature();
}
