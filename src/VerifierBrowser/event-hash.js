// Version 1 of an event's hash (schema/evidence/export-format.md, "The event hash").

import { fromHex, utf8 } from './bytes.js';
import { sha256 } from './sha256.js';
import { unixMicroseconds } from './time.js';

/** The previous hash of a stream's first event. */
export const genesis = new Uint8Array(32);

/** SHA-256 over the previous hash in the stream and every hashed field of the event. */
export function eventHash(previous, event) {
  return sha256(
    previous,
    uuidBytes(event.streamId),
    int64(BigInt(event.version)),
    ...field(event.type),
    ...field(event.data),
    int64(unixMicroseconds(event.timestampTicks)),
    ...optional(event.correlationId),
    ...optional(event.causationId),
    ...optional(event.userName),
    ...optional(event.headers));
}

// RFC 4122 order: the bytes in the order the hex digits are written.
function uuidBytes(uuid) {
  return fromHex(uuid.replaceAll('-', ''));
}

function int64(value) {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigInt64(0, value);
  return bytes;
}

const absent = Uint8Array.of(0);
const present = Uint8Array.of(1);

/** The field's parts: its UTF-8 length (4 bytes, big-endian), then its UTF-8. */
function field(text) {
  const bytes = utf8(text);
  const length = new Uint8Array(4);
  new DataView(length.buffer).setUint32(0, bytes.length);
  return [length, bytes];
}

function optional(text) {
  return text === null ? [absent] : [present, ...field(text)];
}
