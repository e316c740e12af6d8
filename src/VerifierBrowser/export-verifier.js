// Checks a history export (agreementtracker-history-export/1): the checkpoint's signature, every stream's chain
// from version 1, every event's hash and its inclusion in the signed tree, then the event count. The order and the
// wording are the specification's (schema/evidence/export-format.md, "What a verifier checks").

import { equal, fromBase64, fromHex, toHex } from './bytes.js';
import { decodeCheckpoint, isSignedBy } from './checkpoint.js';
import { eventHash, genesis } from './event-hash.js';
import * as failures from './failures.js';
import { any, array, integer, nullable, object, readJson, string, time, uuid, uuidMap } from './fields.js';
import { leafHash, verifyInclusion } from './merkle.js';

export const checkpointShape = object({ size: integer, root: string, signedAt: time, keyId: string, signature: string }, { signedAt: 'signedAtTicks' });

const manifestShape = object({
  format: string, scope: string, events: integer, checkpoint: checkpointShape, publicKey: string, states: nullable(uuidMap(any)),
});

const eventShape = object({
  seq: integer, streamId: uuid, version: integer, type: string, data: string, timestamp: time,
  correlationId: nullable(string), causationId: nullable(string), userName: nullable(string), headers: nullable(string),
  hash: string, logIndex: integer, inclusion: array(string),
}, { timestamp: 'timestampTicks' });

/** Lines as .NET's TextReader.ReadLine gives them: split at CR LF, LF or CR, no empty line after a final break. */
export function linesOf(text) {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '')
    lines.pop();
  return lines;
}

/**
 * The first failure (or null) and how far the check got. `trustedKey` is the SubjectPublicKeyInfo the auditor
 * trusts, or null to check with the key the file carries. Throws MalformedError for undecodable bytes.
 */
export async function checkExport(text, trustedKey) {
  const lines = linesOf(text);
  const counts = { events: 0, streams: 0 };
  const stop = failure => ({ failure, counts, manifest: null });
  const manifest = lines.length > 0 && lines[0].trim() !== '' ? readJson(lines[0], manifestShape) : undefined;
  if (manifest === undefined)
    return stop(failures.notManifest());
  if (manifest.format !== failures.exportFormat)
    return stop(failures.wrongFormat(manifest.format));
  const publicKey = fromBase64(manifest.publicKey);
  if (trustedKey !== null && !equal(trustedKey, publicKey))
    return stop(failures.untrustedKey('export'));
  const checkpoint = decodeCheckpoint(manifest.checkpoint);
  if (!await isSignedBy(checkpoint, publicKey))
    return stop(failures.badSignature());

  let previous = null;
  for (const [i, line] of lines.slice(1).entries()) {
    const e = line.trim() === '' ? undefined : readJson(line, eventShape);
    if (e === undefined)
      return stop(failures.notEvent(i + 2));
    const continues = previous !== null && previous.stream === e.streamId;
    const expectedVersion = continues ? previous.version + 1 : 1;
    if (!continues)
      counts.streams++;
    if (e.version !== expectedVersion)
      return stop(failures.missingVersion(e.streamId, e.version, expectedVersion));
    const hash = await eventHash(continues ? previous.hash : genesis, e);
    if (toHex(hash) !== e.hash)
      return stop(failures.hashMismatch(e.streamId, e.version));
    if (!await verifyInclusion(e.logIndex, checkpoint.size, await leafHash(hash), e.inclusion.map(fromHex), checkpoint.root))
      return stop(failures.notIncluded(e.streamId, e.version));
    previous = { stream: e.streamId, version: e.version, hash };
    counts.events++;
  }
  const failure = counts.events === manifest.events ? null : failures.countMismatch(manifest.events, counts.events);
  return { failure, counts, manifest };
}
