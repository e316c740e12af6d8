// RFC 9162 (Certificate Transparency 2.0) section 2.1: leaf and node hashes, and checking inclusion (2.1.3.2) and
// consistency (2.1.4.2) proofs. Consistency's indices are BigInts: JavaScript's bit operators cut numbers to 32 bits.

import { equal, fromHex } from './bytes.js';
import { sha256 } from './sha256.js';

const leafPrefix = Uint8Array.of(0);
const nodePrefix = Uint8Array.of(1);

export function leafHash(entry) {
  return sha256(leafPrefix, entry);
}

export function nodeHash(left, right) {
  return sha256(nodePrefix, left, right);
}

/**
 * Checks audit paths (RFC 9162 2.1.3.2) into the tree of `size` leaves with `root`, one after another. An export lists
 * each stream's events together, and they are mostly leaves side by side, whose paths share their upper steps: so the
 * walk of the last path that held is kept, and a walk that reaches one of its steps with the same hash and the same
 * path from there on would end where it did, at the root, and stops there. Indices are Numbers (safe integers) halved
 * by division: JavaScript's bit operators cut numbers to 32 bits.
 */
export class InclusionProofs {
  #size;
  #root;
  /** The last walk that held: its path in hex and decoded, and before each step its indices and hash. */
  #last = { path: [], hashes: [], steps: [] };

  constructor(size, root) {
    this.#size = size;
    this.#root = root;
  }

  /** Does the audit path (hex strings) prove that the leaf with this hash is leaf `index`? */
  verify(index, leaf, path) {
    const last = this.#last;
    let shared = path.length;
    if (path.length === last.path.length)
      while (shared > 0 && path[shared - 1] === last.path[shared - 1])
        shared--;
    const hashes = path.map((hex, i) => (i >= shared ? last.hashes[i] : fromHex(hex)));
    let [fn, sn] = [index, this.#size];
    if (fn < 0 || fn >= sn)
      return false;
    sn -= 1;
    let r = leaf;
    const steps = [];
    for (const [i, p] of hashes.entries()) {
      const known = last.steps[i];
      if (i >= shared && known.fn === fn && known.sn === sn && equal(known.r, r)) {
        this.#last = { path, hashes, steps: [...steps, ...last.steps.slice(i)] };
        return true;
      }
      steps.push({ fn, sn, r });
      if (sn === 0)
        return false;
      if (fn % 2 === 1 || fn === sn) {
        r = nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0)
          [fn, sn] = [half(fn), half(sn)];
      } else {
        r = nodeHash(r, p);
      }
      [fn, sn] = [half(fn), half(sn)];
    }
    if (sn !== 0 || !equal(r, this.#root))
      return false;
    this.#last = { path, hashes, steps };
    return true;
  }
}

const half = n => Math.floor(n / 2);

const isOdd = n => (n & 1n) === 1n;

/**
 * Does the proof show that the tree of `newSize` leaves with `newRoot` extends the one of `oldSize` with `oldRoot`?
 * Equal sizes need an empty proof and equal roots, which RFC 9162 leaves open.
 */
export function verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof) {
  const [first, second] = [BigInt(oldSize), BigInt(newSize)];
  if (first < 1n || first > second)
    return false;
  if (first === second)
    return proof.length === 0 && equal(oldRoot, newRoot);
  if (proof.length === 0)
    return false;
  const path = (first & (first - 1n)) === 0n ? [oldRoot, ...proof] : proof;
  let [fn, sn] = [first - 1n, second - 1n];
  while (isOdd(fn))
    [fn, sn] = [fn >> 1n, sn >> 1n];
  let [fr, sr] = [path[0], path[0]];
  for (const c of path.slice(1)) {
    if (sn === 0n)
      return false;
    if (isOdd(fn) || fn === sn) {
      [fr, sr] = [nodeHash(c, fr), nodeHash(c, sr)];
      while (!isOdd(fn) && fn !== 0n)
        [fn, sn] = [fn >> 1n, sn >> 1n];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [fn >> 1n, sn >> 1n];
  }
  return sn === 0n && equal(fr, oldRoot) && equal(sr, newRoot);
}
