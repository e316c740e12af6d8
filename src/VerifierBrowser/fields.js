// Reads a JSON document into the shape the format defines, as strictly as the C# verifier: every property present,
// null only where the format allows it, integers whole and safe, times with their offset. Extra properties are ignored.

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
export const integer = v => (Number.isSafeInteger(v) ? v : wrong());
export const time = v => (typeof v === 'string' ? utcTicks(v) : wrong());
export const uuid = v => (typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v) ? v.toLowerCase() : wrong());
export const nullable = reader => v => (v === null ? null : reader(v));
export const array = reader => v => (Array.isArray(v) ? v.map(reader) : wrong());
export const any = v => v;

/** Keys are uuids; values read with `reader`. */
export const uuidMap = reader => v => (isObject(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [uuid(k), reader(x)])) : wrong());

/** An object with exactly these properties read (as `name: reader`); `rename` maps a property to another field name. */
export const object = (shape, rename = {}) => v => {
  if (!isObject(v))
    wrong();
  return Object.fromEntries(Object.entries(shape).map(([name, reader]) => {
    if (!Object.hasOwn(v, name))
      wrong();
    return [rename[name] ?? name, reader(v[name])];
  }));
};

function isObject(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function wrong() {
  throw new ShapeError();
}
