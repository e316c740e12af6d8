// RFC 9162 (Certificate Transparency 2.0) section 2.1: leaf and node hashes, and checking inclusion (2.1.3.2) and
// consistency (2.1.4.2) proofs. Indices are BigInts: JavaScript's bit operators cut numbers to 32 bits.

import { concat, equal, sha256 } from './bytes.js';

export function leafHash(entry) {
  return sha256(concat(Uint8Array.of(0), entry));
}

export function nodeHash(left, right) {
  return sha256(concat(Uint8Array.of(1), left, right));
}

const isOdd = n => (n & 1n) === 1n;

/** Does the audit path prove that the leaf with this hash is leaf `index` of the tree of `size` leaves with `root`? */
export async function verifyInclusion(index, size, leaf, path, root) {
  let [fn, sn] = [BigInt(index), BigInt(size)];
  if (fn < 0n || fn >= sn)
    return false;
  sn -= 1n;
  let r = leaf;
  for (const p of path) {
    if (sn === 0n)
      return false;
    if (isOdd(fn) || fn === sn) {
      r = await nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0n)
        [fn, sn] = [fn >> 1n, sn >> 1n];
    } else {
      r = await nodeHash(r, p);
    }
    [fn, sn] = [fn >> 1n, sn >> 1n];
  }
  return sn === 0n && equal(r, root);
}

/**
 * Does the proof show that the tree of `newSize` leaves with `newRoot` extends the one of `oldSize` with `oldRoot`?
 * Equal sizes need an empty proof and equal roots, which RFC 9162 leaves open.
 */
export async function verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof) {
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
      [fr, sr] = [await nodeHash(c, fr), await nodeHash(c, sr)];
      while (!isOdd(fn) && fn !== 0n)
        [fn, sn] = [fn >> 1n, sn >> 1n];
    } else {
      sr = await nodeHash(sr, c);
    }
    [fn, sn] = [fn >> 1n, sn >> 1n];
  }
  return sn === 0n && equal(fr, oldRoot) && equal(sr, newRoot);
}
