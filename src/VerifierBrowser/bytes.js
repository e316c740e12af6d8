// Byte strings as the evidence files spell them: hex, base64 and UTF-8, each decoded strictly so that a file
// the C# verifier finds malformed is malformed here too.

export class MalformedError extends Error {}

export function fromHex(text) {
  if (typeof text !== 'string' || text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text))
    throw new MalformedError(`'${text}' is not hexadecimal bytes`);
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = parseInt(text.substr(2 * i, 2), 16);
  return bytes;
}

export function toHex(bytes) {
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
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

export function concat(...parts) {
  const whole = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    whole.set(p, at);
    at += p.length;
  }
  return whole;
}

export function equal(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export async function sha256(bytes) {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
}
