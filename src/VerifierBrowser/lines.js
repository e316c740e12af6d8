// An export's lines from its bytes as they are read, chunk by chunk (schema/evidence/export-format.md, "Lines"; the C#
// ExportFileLines): split at LF only, so a CR stays part of its line; a line may span chunks; the bytes after the last
// LF, if any, are a last line that lacks its LF.

const lineFeed = 0x0a;

export class FileLines {
  /** The last line, known once every batch is read; undefined for an empty file. */
  last;

  /** Whether an LF ends the file, known once every batch is read. */
  endsWithLineFeed = true;

  #chunks;

  /** `chunks`: the file's bytes as an iterable or async iterable of Uint8Arrays, none reused once handed on. */
  constructor(chunks) {
    this.#chunks = chunks;
  }

  /**
   * Batches of the lines before the last, each line's bytes without its LF. The last line is held back, as only the
   * end of the file tells it from the others.
   */
  async *[Symbol.asyncIterator]() {
    let unfinished = [];
    let held;
    for await (const chunk of this.#chunks) {
      const batch = held === undefined ? [] : [held];
      let start = 0;
      for (let end = chunk.indexOf(lineFeed); end !== -1; end = chunk.indexOf(lineFeed, start)) {
        batch.push(unfinished.length === 0 ? chunk.subarray(start, end) : joined([...unfinished, chunk.subarray(start, end)]));
        unfinished = [];
        start = end + 1;
      }
      if (start < chunk.length)
        unfinished.push(chunk.subarray(start));
      held = batch.pop();
      if (batch.length > 0)
        yield batch;
    }
    if (unfinished.length > 0) {
      if (held !== undefined)
        yield [held];
      this.last = joined(unfinished);
      this.endsWithLineFeed = false;
    } else {
      this.last = held;
    }
  }
}

function joined(parts) {
  const whole = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    whole.set(p, at);
    at += p.length;
  }
  return whole;
}
