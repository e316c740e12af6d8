// Checks a history export (agreementtracker-history-export/2): the checkpoint's signature, every stream's chain from
// version 1 to the head the manifest lists, once, every event's hash and its inclusion in the signed tree, the event
// count, then the seal over every byte before it. The order and the wording are the specification's
// (schema/evidence/export-format.md, "What a verifier checks").

import { equal, fromBase64, fromHex, sha256, toHex } from './bytes.js';
import { decodeCheckpoint, isSignedBy } from './checkpoint.js';
import { eventHash, genesis } from './event-hash.js';
import * as failures from './failures.js';
import { any, array, integer, nullable, object, readJson, string, time, uuid, uuidMap } from './fields.js';
import { leafHash, verifyInclusion } from './merkle.js';
import { sealProblem, sealShape } from './seal.js';

export const checkpointShape = object({ size: integer, root: string, signedAt: time, keyId: string, signature: string }, { signedAt: 'signedAtTicks' });

const manifestShape = object({
  format: string, scope: string, events: integer, checkpoint: checkpointShape, publicKey: string,
  streams: array(object({ streamId: uuid, version: integer, hash: string })), states: nullable(uuidMap(any)),
});

const eventShape = object({
  seq: integer, streamId: uuid, version: integer, type: string, data: string, timestamp: time,
  correlationId: nullable(string), causationId: nullable(string), userName: nullable(string), headers: nullable(string),
  hash: string, logIndex: integer, inclusion: array(string),
}, { timestamp: 'timestampTicks' });

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's lines as byte ranges, split at LF only; bytes after the last LF are a last line without one. */
export function linesOf(bytes) {
  const lines = [];
  let start = 0;
  for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
    lines.push(bytes.subarray(start, end));
    start = end + 1;
  }
  const endsWithLineFeed = start === bytes.length;
  if (!endsWithLineFeed)
    lines.push(bytes.subarray(start));
  return { lines, endsWithLineFeed };
}

/** The line read as `shape`, or undefined when it is not UTF-8 JSON of that shape. */
function read(line, shape) {
  if (line === undefined)
    return undefined;
  let text;
  try {
    text = decoder.decode(line);
  } catch {
    return undefined;
  }
  return readJson(text, shape);
}

/**
 * The first failure (or null) and how far the check got. `bytes` is the file; `trustedKey` is the
 * SubjectPublicKeyInfo the auditor trusts, or null to check with the key the file carries. Throws MalformedError for
 * undecodable bytes.
 */
export async function checkExport(bytes, trustedKey) {
  const { lines, endsWithLineFeed } = linesOf(bytes);
  const counts = { events: 0, streams: 0 };
  const stop = failure => ({ failure, counts, manifest: null });
  const manifest = read(lines[0], manifestShape);
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
  const heads = new Map();
  for (const head of manifest.streams) {
    if (heads.has(head.streamId))
      return stop(failures.duplicateHead(head.streamId));
    heads.set(head.streamId, head);
  }

  const endProblem = ended => {
    const head = heads.get(ended.stream);
    return head.version === ended.version && head.hash === toHex(ended.hash) ? null : failures.headMismatch(ended.stream, ended.version);
  };
  const seen = new Set();
  let previous = null;
  const eventLines = lines.slice(1, -1);
  for (const [i, line] of eventLines.entries()) {
    const e = read(line, eventShape);
    if (e === undefined)
      return stop(failures.notEvent(i + 2));
    const continues = previous !== null && previous.stream === e.streamId;
    if (!continues) {
      const ended = previous === null ? null : endProblem(previous);
      if (ended !== null)
        return stop(ended);
      if (!heads.has(e.streamId))
        return stop(failures.unlistedStream(e.streamId));
      if (seen.has(e.streamId))
        return stop(failures.repeatedStream(e.streamId));
      seen.add(e.streamId);
      counts.streams++;
    }
    const expectedVersion = continues ? previous.version + 1 : 1;
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
  const seal = read(lines.length >= 2 && endsWithLineFeed ? lines.at(-1) : undefined, sealShape);
  if (seal === undefined)
    return stop(failures.noSeal());
  const lastEnded = previous === null ? null : endProblem(previous);
  if (lastEnded !== null)
    return stop(lastEnded);
  if (counts.events !== manifest.events)
    return stop(failures.countMismatch(manifest.events, counts.events));
  const absent = manifest.streams.find(h => !seen.has(h.streamId));
  if (absent !== undefined)
    return stop(failures.absentStream(absent.streamId));
  const sealed = bytes.subarray(0, lines.at(-1).byteOffset - bytes.byteOffset);
  return { failure: await sealProblem(seal, await sha256(sealed), publicKey), counts, manifest };
}
