// Byte strings as the evidence files spell them: hex, base64 and UTF-8, each decoded strictly so that a file
// the C# verifier finds malformed is malformed here too.

export class MalformedError extends Error {}

export function fromHex(text) {
  if (typeof text !== 'string' || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text))
    throw new MalformedError(`'${text}' is not hexadecimal bytes`);
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = (digitValue(text.charCodeAt(2 * i)) << 4) | digitValue(text.charCodeAt(2 * i + 1));
  return bytes;
}

const digitValue = code => (code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57);

const hexOfByte = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

export function toHex(bytes) {
  let text = '';
  for (const b of bytes)
    text += hexOfByte[b];
  return text;
}

// Padding is required and whitespace ignored, as .NET's Convert.FromBase64String does.
export function fromBase64(text) {
  const compact = typeof text === 'string' ? text.replace(/[ \t\r\n]/g, '') : '';
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw new MalformedError(`'${text}' is not base64`);
  return Uint8Array.from(atob(compact), c => c.charCodeAt(0));
}

const encoder = new TextEncoder();

export function utf8(text) {
  return encoder.encode(text);
}

export function equal(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
