// The first thing wrong with a file, named the way schema/evidence/export-format.md (and the C# verifier) words it:
// `kind` says what failed, the other fields where, and `message` says both in English.

export const exportFormat = 'agreementtracker-history-export/2';
export const consistencyFormat = 'agreementtracker-consistency/1';
export const checkpointFormat = 'agreementtracker-checkpoint/1';

const failure = (kind, message, where = {}) => ({ kind, message, ...where });
const at = (stream, version) => `stream ${stream} version ${version}`;

export const notManifest = () => failure('not-manifest', 'the file does not start with a manifest line');
export const wrongFormat = format => failure('wrong-format', `the format is '${format}', not '${exportFormat}'`, { format });
export const notDocument = format => failure('not-document',
  format === consistencyFormat ? `the file is not ${format} evidence` : `the file is not a ${format} document`, { format });
export const untrustedKey = document => failure('untrusted-key', `the ${document} names a different public key than the one you trust`, { document });
export const badSignature = () => failure('bad-signature', "the checkpoint's signature does not verify with the public key");
export const badSignatureOfEither = () => failure('bad-signature', "a checkpoint's signature does not verify with the public key");
export const notEvent = line => failure('not-event', `line ${line} is not an exported event`, { line });
export const missingVersion = (stream, version, expected) =>
  failure('missing-version', `${at(stream, version)}: version ${expected} is missing`, { stream, version, expected });
export const hashMismatch = (stream, version) =>
  failure('hash-mismatch', `${at(stream, version)}: the event's contents do not match its hash`, { stream, version });
export const notIncluded = (stream, version) =>
  failure('not-included', `${at(stream, version)}: its inclusion proof does not lead to the checkpoint's root`, { stream, version });
export const duplicateHead = stream => failure('duplicate-head', `the manifest lists stream ${stream} twice`, { stream });
export const unlistedStream = stream => failure('unlisted-stream', `stream ${stream} is not listed in the manifest`, { stream });
export const repeatedStream = stream => failure('repeated-stream', `stream ${stream} appears twice in the file`, { stream });
export const headMismatch = (stream, version) =>
  failure('head-mismatch', `stream ${stream} ends at version ${version} in the file, not at the head the manifest lists`, { stream, version });
export const absentStream = stream => failure('absent-stream', `stream ${stream} is listed in the manifest but not in the file`, { stream });
export const noSeal = () => failure('no-seal', 'the file does not end with a seal line');
export const sealMismatch = () => failure('seal-mismatch', "the file's bytes do not match its seal");
export const badSeal = () => failure('bad-seal', "the seal's signature does not verify with the public key");
export const logGap = index => failure('log-gap', `the export is of the whole log, but no event has log index ${index}`, { index });
export const countMismatch = (stated, held) => failure('count-mismatch', `the manifest says ${stated} events, the file holds ${held}`, { stated, held });
export const notExtended = (earlier, later) =>
  failure('not-extended', `the log of ${later} entries does not extend the log of ${earlier}: its past was changed`, { earlier, later });
export const malformed = detail => failure('malformed', `the file is malformed: ${detail}`, { detail });
export const unreadableKey = detail => failure('unreadable-key', detail, { detail });
