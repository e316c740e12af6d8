// The browser verifier under Node, for tests and for auditors with Node: the same arguments as agreementtracker-verify,
// the answer as one JSON object on stdout. Exit codes: 0 valid, 1 not valid, 2 wrong usage or unreadable files.
// An export is read as it streams, so its size is not bounded by memory.

import { open, readFile } from 'node:fs/promises';
import { verifyCheckpoint, verifyConsistency, verifyExport } from './verify.js';

const args = process.argv.slice(2);
const kinds = { consistency: verifyConsistency, checkpoint: verifyCheckpoint };
const verify = kinds[args[0]] ?? verifyExport;
const [file, option, keyFile, ...rest] = kinds[args[0]] ? args.slice(1) : args;
if (file === undefined || (option !== undefined && (option !== '--public-key' || keyFile === undefined)) || rest.length > 0) {
  console.error('Usage: node cli.mjs [consistency|checkpoint] <file> [--public-key <file>]');
  process.exit(2);
}
let evidence, keyText;
try {
  [evidence, keyText] = await Promise.all([
    verify === verifyExport ? open(file).then(f => f.createReadStream({ highWaterMark: 1 << 20 })) : readFile(file).then(b => new Uint8Array(b)),
    keyFile === undefined ? null : readFile(keyFile).then(b => new TextDecoder().decode(b))]);
} catch (e) {
  console.error(`Cannot read the files: ${e.message}`);
  process.exit(2);
}
const answer = await verify(evidence, keyText);
console.log(JSON.stringify(answer));
process.exit(answer.ok ? 0 : answer.failure.kind === 'unreadable-key' ? 2 : 1);
