// The browser verifier's SHA-256 (src/VerifierBrowser/sha256.js) against Node's and WebCrypto's, whole and in pieces.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { Sha256, sha256 } from '../../src/VerifierBrowser/sha256.js';

const hex = bytes => Buffer.from(bytes).toString('hex');
const reference = bytes => createHash('sha256').update(bytes).digest('hex');

/** Bytes that differ from one length to the next, from a small linear congruential generator. */
function bytesOf(length, seed) {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

test('the FIPS 180-2 examples', () => {
  assert.equal(hex(sha256(new TextEncoder().encode('abc'))), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(hex(sha256(new Uint8Array(0))), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(hex(sha256(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
});

test('every length up to five blocks, across the padding boundaries, as Node hashes it', () => {
  for (let length = 0; length <= 320; length++) {
    const bytes = bytesOf(length, length);
    assert.equal(hex(sha256(bytes)), reference(bytes), `length ${length}`);
  }
});

test('longer inputs as WebCrypto hashes them', async () => {
  for (const length of [1000, 4095, 4096, 4097, 65_536, 1_000_003]) {
    const bytes = bytesOf(length, 7 * length);
    assert.equal(hex(sha256(bytes)), hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))), `length ${length}`);
  }
});

test('the parts of one call are hashed as one input', () => {
  const bytes = bytesOf(200, 3);
  assert.equal(hex(sha256(bytes.subarray(0, 1), bytes.subarray(1, 64), bytes.subarray(64, 65), bytes.subarray(65))), reference(bytes));
});

test('fed in pieces of every size, the hash is the whole input\'s', () => {
  const bytes = bytesOf(100_000, 11);
  const sizes = bytesOf(5_000, 5);
  for (const largest of [1, 3, 64, 65, 200, 5000]) {
    const hasher = new Sha256();
    let at = 0;
    for (let i = 0; at < bytes.length; i++) {
      const size = sizes[i % sizes.length] % (largest + 1);
      hasher.update(bytes.subarray(at, at + size));
      at += size;
    }
    assert.equal(hex(hasher.digest()), reference(bytes), `pieces of up to ${largest} bytes`);
  }
});

test('a digest starts the hasher afresh, and Buffers hash as their bytes', () => {
  const hasher = new Sha256();
  hasher.update(bytesOf(100, 1)).digest();
  const bytes = bytesOf(1000, 2);
  assert.equal(hex(hasher.update(Buffer.from(bytes)).digest()), reference(bytes));
  assert.equal(hex(hasher.digest()), reference(new Uint8Array(0)));
});
