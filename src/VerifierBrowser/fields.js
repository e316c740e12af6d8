// Reads a JSON document into the shape the format defines, as strictly as the C# verifier: every property present
// unless the format lets it be left out, null only where the format allows it, integers whole and safe, times with
// their offset. Extra properties are ignored.

import { MalformedError } from './bytes.js';
import { utcTicks } from './time.js';

class ShapeError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The line's bytes read with `reader`, or undefined when they are not UTF-8 JSON of that shape (or there is no line). */
export function readLine(line, reader) {
  if (line === undefined)
    return undefined;
  let text;
  try {
    text = decoder.decode(line);
  } catch {
    return undefined;
  }
  return readJson(text, reader);
}

/** The text parsed and read with `reader`, or undefined when it is not JSON of that shape. */
export function readJson(text, reader) {
  try {
    return reader(JSON.parse(text));
  } catch (e) {
    if (e instanceof SyntaxError || e instanceof ShapeError || e instanceof MalformedError)
      return undefined;
    throw e;
  }
}

export const string = v => (typeof v === 'string' ? v : wrong());
export const boolean = v => (typeof v === 'boolean' ? v : wrong());
export const integer = v => (Number.isSafeInteger(v) ? v : wrong());
export const time = v => (typeof v === 'string' ? utcTicks(v) : wrong());
export const uuid = v => (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? v.toLowerCase() : wrong());
export const nullable = reader => v => (v === null ? null : reader(v));
export const array = reader => v => (Array.isArray(v) ? v.map(reader) : wrong());
export const any = v => v;

/** A property that may be left out, and then reads as `absent`; present, it is read with `reader`. */
export const optional = (reader, absent) => Object.assign(v => reader(v), { absent });

/** Keys are uuids; values read with `reader`. */
export const uuidMap = reader => v => (isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [uuid(k), reader(x)])) : wrong());

/**
 * An object with these properties read (as `name: reader`), each present unless its reader is `optional`; `rename`
 * maps a property to another field name.
 */
export const object = (shape, rename = {}) => v => {
  if (!isObject(v))
    wrong();
  return Object.fromEntries(Object.entries(shape).map(([name, reader]) => {
    if (Object.hasOwn(v, name))
      return [rename[name] ?? name, reader(v[name])];
    if (!Object.hasOwn(reader, 'absent'))
      wrong();
    return [rename[name] ?? name, reader.absent];
  }));
};

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wrong() {
  throw new ShapeError();
}
