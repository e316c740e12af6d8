// The browser verifier's entry points: each takes the file (an export as its chunks of bytes, read as they come; evidence
// and checkpoints as their bytes or text; any of the three as a Blob) and, optionally, the text of the public key file
// the auditor trusts, and answers { ok, firstFailure, failure, counts, keyTrusted, replayed }.

import { MalformedError } from './bytes.js';
import { checkConsistency, checkPublishedCheckpoint } from './evidence.js';
import { checkExport } from './export-verifier.js';
import * as failures from './failures.js';
import { readPublicKeyPem } from './public-key.js';

/**
 * A history export, given as an iterable or async iterable of Uint8Arrays (a Node stream, a Blob's stream):
 * signature, chains, hashes, inclusion proofs, the event count and the seal. It does not replay the events into
 * agreement state (that needs the domain's own fold, which lives in C#): `replayed` is always false, and
 * `statesStated` says whether the export states any state this check leaves unchecked.
 */
export async function verifyExport(chunks, publicKeyText = null) {
  return answer(publicKeyText, async key => {
    const { failure, counts, statesStated } = await checkExport(chunks, key);
    return { failure, counts, replayed: false, statesStated };
  });
}

/** Consistency evidence (agreementtracker-consistency/1). */
export async function verifyConsistency(file, publicKeyText = null) {
  return answer(publicKeyText, async key => ({ failure: await checkConsistency(textOf(file), key) }));
}

/** A published checkpoint (agreementtracker-checkpoint/1). */
export async function verifyCheckpoint(file, publicKeyText = null) {
  return answer(publicKeyText, async key => ({ failure: await checkPublishedCheckpoint(textOf(file), key) }));
}

// Evidence and checkpoints are a few kilobytes; an export may be gigabytes, more than a browser can hold at once.
const largestDocument = 1 << 20;

/**
 * Whichever of the three the Blob (a chosen File) is, by its format; anything else, and anything larger than
 * evidence or a checkpoint can be, is checked as an export, read as it streams.
 */
export async function verifyAny(file, publicKeyText = null) {
  const text = file.size <= largestDocument ? await file.text() : null;
  const format = text === null ? undefined : formatOf(text);
  return format === failures.consistencyFormat ? verifyConsistency(text, publicKeyText)
    : format === failures.checkpointFormat ? verifyCheckpoint(text, publicKeyText)
    : verifyExport(chunksOf(file.stream()), publicKeyText);
}

/** The chunks of a ReadableStream of bytes; the stream is cancelled if the reading stops early. */
async function* chunksOf(stream) {
  const reader = stream.getReader();
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read())
      yield read.value;
  } finally {
    await reader.cancel();
  }
}

const textOf = file => (typeof file === 'string' ? file : new TextDecoder().decode(file));

function formatOf(text) {
  try {
    return JSON.parse(text)?.format;
  } catch {
    return undefined;
  }
}

async function answer(publicKeyText, check) {
  let key = null;
  try {
    key = publicKeyText === null ? null : await readPublicKeyPem(publicKeyText);
  } catch (e) {
    return result({ failure: failures.unreadableKey(e.message) }, false);
  }
  try {
    return result(await check(key), key !== null);
  } catch (e) {
    if (e instanceof MalformedError)
      return result({ failure: failures.malformed(e.message) }, key !== null);
    throw e;
  }
}

function result({ failure, ...rest }, keyTrusted) {
  return { ok: failure === null, firstFailure: failure?.message ?? null, failure, keyTrusted, ...rest };
}
