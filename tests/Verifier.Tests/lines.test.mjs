// An export's lines as src/VerifierBrowser/lines.js reads them from chunks: split at LF only wherever the chunks are
// cut, a CR kept in its line, and the bytes after the last LF a last line that lacks it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileLines } from '../../src/VerifierBrowser/lines.js';

const utf8 = text => new TextEncoder().encode(text);
const text = bytes => new TextDecoder().decode(bytes);

/** Every line read, the held-back last one included, with whether an LF ends the file. */
async function read(chunks) {
  const file = new FileLines(chunks);
  const lines = [];
  for await (const batch of file)
    lines.push(...batch.map(text));
  return { lines: file.last === undefined ? lines : [...lines, text(file.last)], endsWithLineFeed: file.endsWithLineFeed };
}

/** The bytes cut into chunks at the given offsets. */
const cut = (bytes, offsets) => [0, ...offsets].map((from, i) => bytes.subarray(from, [...offsets, bytes.length][i]));

const sample = '{"a":1}\r\n\n{"b":"æø"}\n\rlast without a line feed';
const sampleLines = ['{"a":1}\r', '', '{"b":"æø"}', '\rlast without a line feed'];

test('split at LF only, wherever two cuts fall, even inside a line feed\'s neighbours or a UTF-8 character', async () => {
  const bytes = utf8(sample);
  for (let first = 0; first <= bytes.length; first++) {
    for (let second = first; second <= bytes.length; second++) {
      const { lines, endsWithLineFeed } = await read(cut(bytes, [first, second]));
      assert.deepEqual(lines, sampleLines, `cut at ${first} and ${second}`);
      assert.equal(endsWithLineFeed, false);
    }
  }
});

test('one byte a chunk, from an async source', async () => {
  const bytes = utf8(`${sample}\n`);
  async function* oneByOne() {
    for (let i = 0; i < bytes.length; i++)
      yield bytes.subarray(i, i + 1);
  }
  assert.deepEqual(await read(oneByOne()), { lines: sampleLines, endsWithLineFeed: true });
});

test('the last line is held back from the batches until the end tells it from the others', async () => {
  const file = new FileLines([utf8('manifest\nevent\n'), utf8('seal\n')]);
  const batches = [];
  for await (const batch of file)
    batches.push(batch.map(text));
  assert.deepEqual(batches, [['manifest'], ['event']]);
  assert.equal(text(file.last), 'seal');
  assert.equal(file.endsWithLineFeed, true);
});

test('an empty file has no lines, a lone LF one empty line, and bytes without an LF one line lacking it', async () => {
  assert.deepEqual(await read([]), { lines: [], endsWithLineFeed: true });
  assert.deepEqual(await read([new Uint8Array(0), new Uint8Array(0)]), { lines: [], endsWithLineFeed: true });
  assert.deepEqual(await read([utf8('\n')]), { lines: [''], endsWithLineFeed: true });
  assert.deepEqual(await read([utf8('a'), utf8('b')]), { lines: ['ab'], endsWithLineFeed: false });
  assert.deepEqual(await read([utf8('a\n\n')]), { lines: ['a', ''], endsWithLineFeed: true });
});
