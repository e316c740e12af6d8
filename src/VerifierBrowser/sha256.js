// SHA-256 (FIPS 180-4) in plain JavaScript, synchronous and incremental. WebCrypto's digest can neither be fed a file
// in pieces (the seal covers gigabytes) nor be called without a promise, which cost more than the hashing itself for
// the twenty-odd small hashes of every event.

const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2);

const initial = Int32Array.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);

const w = new Int32Array(64);

/** Runs the compression function over every whole 64-byte block of bytes[from, to); answers where it stopped. */
function compress(state, bytes, from, to) {
  let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
  let at = from;
  for (; at + 64 <= to; at += 64) {
    for (let i = 0; i < 16; i++) {
      const j = at + 4 * i;
      w[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15], y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a1 = a, b1 = b, c1 = c, d1 = d, e1 = e, f1 = f, g1 = g, h1 = h;
    for (let i = 0; i < 64; i++) {
      const s1 = ((e1 >>> 6) | (e1 << 26)) ^ ((e1 >>> 11) | (e1 << 21)) ^ ((e1 >>> 25) | (e1 << 7));
      const t1 = (h1 + s1 + ((e1 & f1) ^ (~e1 & g1)) + K[i] + w[i]) | 0;
      const s0 = ((a1 >>> 2) | (a1 << 30)) ^ ((a1 >>> 13) | (a1 << 19)) ^ ((a1 >>> 22) | (a1 << 10));
      const t2 = (s0 + ((a1 & b1) ^ (a1 & c1) ^ (b1 & c1))) | 0;
      h1 = g1; g1 = f1; f1 = e1; e1 = (d1 + t1) | 0;
      d1 = c1; c1 = b1; b1 = a1; a1 = (t1 + t2) | 0;
    }
    a = (a + a1) | 0; b = (b + b1) | 0; c = (c + c1) | 0; d = (d + d1) | 0;
    e = (e + e1) | 0; f = (f + f1) | 0; g = (g + g1) | 0; h = (h + h1) | 0;
  }
  state[0] = a; state[1] = b; state[2] = c; state[3] = d; state[4] = e; state[5] = f; state[6] = g; state[7] = h;
  return at;
}

export class Sha256 {
  #state = new Int32Array(8);
  #block = new Uint8Array(64);
  #held = 0;
  #length = 0;

  constructor() {
    this.reset();
  }

  reset() {
    this.#state.set(initial);
    this.#held = 0;
    this.#length = 0;
    return this;
  }

  update(bytes) {
    const block = this.#block;
    const length = bytes.length;
    this.#length += length;
    let at = 0;
    if (this.#held > 0) {
      while (this.#held < 64 && at < length)
        block[this.#held++] = bytes[at++];
      if (this.#held < 64)
        return this;
      compress(this.#state, block, 0, 64);
      this.#held = 0;
    }
    // In pieces of 64 KB: V8 optimizes one long-running call of compress (on the stack) far worse than many short
    // ones, a third of the speed for the national manifest's 255 MB line.
    while (at + 64 <= length)
      at = compress(this.#state, bytes, at, Math.min(length, at + (1 << 16)));
    while (at < length)
      block[this.#held++] = bytes[at++];
    return this;
  }

  /** The hash of every byte given since the last reset; the hasher is reset after. */
  digest() {
    const [state, block] = [this.#state, this.#block];
    const bits = this.#length * 8;
    block[this.#held] = 0x80;
    block.fill(0, this.#held + 1);
    if (this.#held >= 56) {
      compress(state, block, 0, 64);
      block.fill(0);
    }
    writeWord(block, 56, Math.floor(bits / 0x100000000));
    writeWord(block, 60, bits);
    compress(state, block, 0, 64);
    const hash = new Uint8Array(32);
    for (let i = 0; i < 8; i++)
      writeWord(hash, 4 * i, state[i]);
    this.reset();
    return hash;
  }
}

function writeWord(bytes, at, word) {
  bytes[at] = word >>> 24;
  bytes[at + 1] = word >>> 16;
  bytes[at + 2] = word >>> 8;
  bytes[at + 3] = word;
}

const shared = new Sha256();

/** SHA-256 over the parts one after another. */
export function sha256(...parts) {
  for (const part of parts)
    shared.update(part);
  return shared.digest();
}
