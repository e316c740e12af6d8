// The export's event lines, one after another: every stream's chain from version 1 to the head the manifest lists,
// once, every event's hash and its inclusion in the signed tree, and, in an export of the whole log, every log index
// taken. The order and the wording are the specification's (schema/evidence/export-format.md, "What a verifier checks").

import { toHex } from './bytes.js';
import { eventHash, genesis } from './event-hash.js';
import * as failures from './failures.js';
import { array, integer, nullable, object, readLine, string, time, uuid } from './fields.js';
import { InclusionProofs, leafHash } from './merkle.js';

const eventShape = object({
  seq: integer, streamId: uuid, version: integer, type: string, data: string, timestamp: time,
  correlationId: nullable(string), causationId: nullable(string), userName: nullable(string), headers: nullable(string),
  hash: string, logIndex: integer, inclusion: array(string),
}, { timestamp: 'timestampTicks' });

export class EventLines {
  counts = { events: 0, streams: 0 };
  #heads;
  #proofs;
  #seen = new Set();
  #previous = null;
  #size;
  /** The log indexes of the events accepted, kept in an export of the whole log only. */
  #logIndexes;

  /**
   * `heads`: the manifest's heads by stream; `checkpoint`: the decoded checkpoint whose tree holds every event;
   * `wholeLog`: whether the export says it holds every entry of that tree.
   */
  constructor(heads, checkpoint, wholeLog) {
    this.#heads = heads;
    this.#proofs = new InclusionProofs(checkpoint.size, checkpoint.root);
    this.#size = checkpoint.size;
    this.#logIndexes = wholeLog ? [] : null;
  }

  /** The first failure of the event line numbered `lineNumber` in the file (from 1), or null. */
  check(line, lineNumber) {
    const e = readLine(line, eventShape);
    if (e === undefined)
      return failures.notEvent(lineNumber);
    const previous = this.#previous;
    const continues = previous !== null && previous.stream === e.streamId;
    if (!continues) {
      const ended = this.lastEnded();
      if (ended !== null)
        return ended;
      if (!this.#heads.has(e.streamId))
        return failures.unlistedStream(e.streamId);
      if (this.#seen.has(e.streamId))
        return failures.repeatedStream(e.streamId);
      this.#seen.add(e.streamId);
      this.counts.streams++;
    }
    const expectedVersion = continues ? previous.version + 1 : 1;
    if (e.version !== expectedVersion)
      return failures.missingVersion(e.streamId, e.version, expectedVersion);
    const hash = eventHash(continues ? previous.hash : genesis, e);
    if (toHex(hash) !== e.hash)
      return failures.hashMismatch(e.streamId, e.version);
    if (!this.#proofs.verify(e.logIndex, leafHash(hash), e.inclusion))
      return failures.notIncluded(e.streamId, e.version);
    this.#previous = { stream: e.streamId, version: e.version, hash };
    this.#logIndexes?.push(e.logIndex);
    this.counts.events++;
    return null;
  }

  /**
   * In an export of the whole log, the first log index no accepted event has, as a failure; else null. The indexes are
   * kept as the file gives them, not in a set of the checkpoint's size, which the file states too.
   */
  logGap() {
    if (this.#logIndexes === null)
      return null;
    let next = 0;
    for (const index of this.#logIndexes.sort((a, b) => a - b)) {
      if (index > next)
        return failures.logGap(next);
      if (index === next)
        next++;
    }
    return next < this.#size ? failures.logGap(next) : null;
  }

  /** Whether the stream of the events checked last ends at the head the manifest lists: its failure, or null. */
  lastEnded() {
    const ended = this.#previous;
    if (ended === null)
      return null;
    const head = this.#heads.get(ended.stream);
    return head.version === ended.version && head.hash === toHex(ended.hash) ? null : failures.headMismatch(ended.stream, ended.version);
  }

  /** Whether every stream the manifest lists was in the file. */
  absentStream() {
    const absent = [...this.#heads.keys()].find(stream => !this.#seen.has(stream));
    return absent === undefined ? null : failures.absentStream(absent);
  }
}
