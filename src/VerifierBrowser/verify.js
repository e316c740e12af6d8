// The browser verifier's entry points: each takes the file's bytes (a Uint8Array; a string is taken as its UTF-8) and,
// optionally, the text of the public key file the auditor trusts, and answers
// { ok, firstFailure, failure, counts, keyTrusted, replayed }.

import { MalformedError, utf8 } from './bytes.js';
import { checkConsistency, checkPublishedCheckpoint } from './evidence.js';
import { checkExport } from './export-verifier.js';
import * as failures from './failures.js';
import { readPublicKeyPem } from './public-key.js';

/**
 * A history export: signature, chains, hashes, inclusion proofs and the event count. It does not replay the events
 * into agreement state (that needs the domain's own fold, which lives in C#): `replayed` is always false, and
 * `statesStated` says whether the export states any state this check leaves unchecked.
 */
export async function verifyExport(file, publicKeyText = null) {
  return answer(publicKeyText, async key => {
    const { failure, counts, manifest } = await checkExport(bytesOf(file), key);
    return { failure, counts, replayed: false, statesStated: manifest?.states != null && Object.keys(manifest.states).length > 0 };
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

/** Whichever of the three the file is, by its format; anything else is checked as an export. */
export function verifyAny(file, publicKeyText = null) {
  const format = formatOf(file);
  return format === failures.consistencyFormat ? verifyConsistency(file, publicKeyText)
    : format === failures.checkpointFormat ? verifyCheckpoint(file, publicKeyText)
    : verifyExport(file, publicKeyText);
}

const bytesOf = file => (typeof file === 'string' ? utf8(file) : file);

const textOf = file => (typeof file === 'string' ? file : new TextDecoder().decode(file));

function formatOf(file) {
  try {
    return JSON.parse(textOf(file))?.format;
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
