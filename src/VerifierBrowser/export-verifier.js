// Checks a history export (agreementtracker-history-export/2) as it is read: the checkpoint's signature, the event
// lines (event-lines.js), the event count, the seal over every byte before it, then, in an export of the whole log, an
// event at every log index. The order and the wording are the specification's (schema/evidence/export-format.md, "What
// a verifier checks").

import { equal, fromBase64 } from './bytes.js';
import { decodeCheckpoint, isSignedBy } from './checkpoint.js';
import { EventLines } from './event-lines.js';
import * as failures from './failures.js';
import { FileLines } from './lines.js';
import { any, array, boolean, integer, nullable, object, optional, readLine, string, time, uuid, uuidMap } from './fields.js';
import { sealProblem, sealShape } from './seal.js';
import { Sha256 } from './sha256.js';

export const checkpointShape = object({ size: integer, root: string, signedAt: time, keyId: string, signature: string }, { signedAt: 'signedAtTicks' });

const manifestShape = object({
  format: string, scope: string, events: integer, checkpoint: checkpointShape, publicKey: string,
  streams: array(object({ streamId: uuid, version: integer, hash: string })), states: nullable(uuidMap(any)),
  wholeLog: optional(boolean, false),
});

const lineFeed = Uint8Array.of(0x0a);

/**
 * The first failure (or null), how far the check got, and whether the export states any state (which this check does
 * not replay). `chunks` are the file's bytes (see FileLines); `trustedKey` is the SubjectPublicKeyInfo the auditor
 * trusts, or null to check with the key the file carries. Throws MalformedError for undecodable bytes.
 */
export async function checkExport(chunks, trustedKey) {
  const file = new FileLines(chunks);
  const sealed = new Sha256();
  let opened = null;
  const stop = failure => ({ failure, counts: opened?.events.counts ?? { events: 0, streams: 0 }, statesStated: false });
  let lineNumber = 0;
  for await (const batch of file) {
    for (const line of batch) {
      lineNumber++;
      sealed.update(line).update(lineFeed);
      const failure = opened === null ? await open(line) : opened.events.check(line, lineNumber);
      if (failure !== null)
        return stop(failure);
    }
  }
  if (opened === null)
    return stop(await open(file.last) ?? failures.noSeal());
  const { stated, statesStated, publicKey, events } = opened;
  const seal = file.endsWithLineFeed ? readLine(file.last, sealShape) : undefined;
  const failure = (seal === undefined ? failures.noSeal() : null)
    ?? events.lastEnded()
    ?? (events.counts.events !== stated ? failures.countMismatch(stated, events.counts.events) : null)
    ?? events.absentStream();
  if (failure !== null)
    return stop(failure);
  return { failure: await sealProblem(seal, sealed.digest(), publicKey) ?? events.logGap(), counts: events.counts, statesStated };

  /**
   * Reads the manifest line: its failure, or null with what the rest of the check needs kept in `opened`; not the
   * stated states themselves, which can be hundreds of megabytes and are not replayed here.
   */
  async function open(line) {
    const manifest = readLine(line, manifestShape);
    if (manifest === undefined)
      return failures.notManifest();
    if (manifest.format !== failures.exportFormat)
      return failures.wrongFormat(manifest.format);
    const publicKey = fromBase64(manifest.publicKey);
    if (trustedKey !== null && !equal(trustedKey, publicKey))
      return failures.untrustedKey('export');
    const checkpoint = decodeCheckpoint(manifest.checkpoint);
    if (!await isSignedBy(checkpoint, publicKey))
      return failures.badSignature();
    const heads = new Map();
    for (const head of manifest.streams) {
      if (heads.has(head.streamId))
        return failures.duplicateHead(head.streamId);
      heads.set(head.streamId, head);
    }
    const statesStated = manifest.states !== null && Object.keys(manifest.states).length > 0;
    opened = { stated: manifest.events, statesStated, publicKey, events: new EventLines(heads, checkpoint, manifest.wholeLog) };
    return null;
  }
}
