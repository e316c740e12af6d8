// Audit paths checked one after another by src/VerifierBrowser/merkle.js's InclusionProofs, which stops a walk where it
// meets the last walk that held: every leaf of trees of many sizes, in order and not, holds; a changed path does not.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { InclusionProofs } from '../../src/VerifierBrowser/merkle.js';

const hash = (...parts) => new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest());
const leaf = i => hash(Buffer.of(0), Buffer.from(`entry ${i}`));
const hex = bytes => Buffer.from(bytes).toString('hex');

// RFC 9162 2.1.1 and 2.1.3.1, as written there.
const split = n => 2 ** Math.ceil(Math.log2(n) - 1);
const roots = new Map();
function root(from, to) {
  const key = `${from}-${to}`;
  if (!roots.has(key))
    roots.set(key, to - from === 1 ? leaf(from) : hash(Buffer.of(1), root(from, from + split(to - from)), root(from + split(to - from), to)));
  return roots.get(key);
}
function path(m, from, to) {
  if (to - from === 1)
    return [];
  const k = from + split(to - from);
  return m < k ? [...path(m, from, k), root(k, to)] : [...path(m, k, to), root(from, k)];
}
const pathHex = (m, size) => path(m, 0, size).map(hex);

test('every leaf holds, in order, backwards and shuffled, in trees of every size up to 70', () => {
  for (let size = 1; size <= 70; size++) {
    const proofs = new InclusionProofs(size, root(0, size));
    const indices = Array.from({ length: size }, (_, i) => i);
    const shuffled = indices.map(i => (i * 37) % size).filter((x, i, all) => all.indexOf(x) === i);
    for (const i of [...indices, ...indices.reverse(), ...shuffled, ...indices])
      assert.ok(proofs.verify(i, leaf(i), pathHex(i, size)), `leaf ${i} of ${size}`);
  }
});

test('after a leaf that held, a neighbour with a changed hash, a changed sibling or the wrong index does not', () => {
  const size = 1000;
  const proofs = new InclusionProofs(size, root(0, size));
  for (let i = 500; i < 520; i++) {
    assert.ok(proofs.verify(i, leaf(i), pathHex(i, size)));
    const next = pathHex(i + 1, size);
    assert.ok(!proofs.verify(i + 1, leaf(i + 2), next), `leaf ${i + 1} with another's hash`);
    for (let level = 0; level < next.length; level++) {
      const changed = next.with(level, hex(hash(Buffer.from(next[level]))));
      assert.ok(!proofs.verify(i + 1, leaf(i + 1), changed), `leaf ${i + 1} with level ${level} changed`);
    }
    assert.ok(!proofs.verify(i, leaf(i + 1), next), `leaf ${i + 1} given as ${i}`);
    assert.ok(!proofs.verify(i + 1, leaf(i + 1), [...next, next[0]]), `leaf ${i + 1} with a step too many`);
  }
});

test('an index outside the tree does not hold, and a path that is not hex is malformed', () => {
  const proofs = new InclusionProofs(8, root(0, 8));
  assert.ok(proofs.verify(3, leaf(3), pathHex(3, 8)));
  assert.ok(!proofs.verify(8, leaf(3), pathHex(3, 8)));
  assert.ok(!proofs.verify(-1, leaf(3), pathHex(3, 8)));
  assert.throws(() => proofs.verify(2, leaf(2), ['zz', ...pathHex(2, 8).slice(1)]), /is not hexadecimal bytes/);
});
