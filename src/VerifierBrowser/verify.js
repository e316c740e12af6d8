// The browser verifier's entry points: each takes the file's text and, optionally, the text of the public key file
// the auditor trusts, and answers { ok, firstFailure, failure, counts, keyTrusted, replayed }.

import { MalformedError } from './bytes.js';
import { checkConsistency, checkPublishedCheckpoint } from './evidence.js';
import { checkExport } from './export-verifier.js';
import * as failures from './failures.js';
import { readPublicKeyPem } from './public-key.js';

/**
 * A history export: signature, chains, hashes, inclusion proofs and the event count. It does not replay the events
 * into agreement state (that needs the domain's own fold, which lives in C#): `replayed` is always false, and
 * `statesStated` says whether the export states any state this check leaves unchecked.
 */
export async function verifyExport(text, publicKeyText = null) {
  return answer(publicKeyText, async key => {
    const { failure, counts, manifest } = await checkExport(text, key);
    return { failure, counts, replayed: false, statesStated: manifest?.states != null && Object.keys(manifest.states).length > 0 };
  });
}

/** Consistency evidence (agreementtracker-consistency/1). */
export async function verifyConsistency(text, publicKeyText = null) {
  return answer(publicKeyText, async key => ({ failure: await checkConsistency(text, key) }));
}

/** A published checkpoint (agreementtracker-checkpoint/1). */
export async function verifyCheckpoint(text, publicKeyText = null) {
  return answer(publicKeyText, async key => ({ failure: await checkPublishedCheckpoint(text, key) }));
}

/** Whichever of the three the file is, by its format; anything else is checked as an export. */
export function verifyAny(text, publicKeyText = null) {
  const format = formatOf(text);
  return format === failures.consistencyFormat ? verifyConsistency(text, publicKeyText)
    : format === failures.checkpointFormat ? verifyCheckpoint(text, publicKeyText)
    : verifyExport(text, publicKeyText);
}

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
