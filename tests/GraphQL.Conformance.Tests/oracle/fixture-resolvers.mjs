// Interprets the resolver data fixture exactly as the C# side does (FixtureResolvers.cs):
// a field's value is the parent's property of that name, where a few marker objects stand for
// behaviour instead of data:
//   {"$error": "message"}    the resolver throws an error with that message
//   {"$async": value}        the resolver answers asynchronously with value
//   {"$arg": "name"}         the resolver returns the coerced argument `name`
//   {"$argPresence": "name"} "absent", "null" or "provided", telling how argument `name` arrived
// and, for subscription root fields, {"$events": [payload, ...]} is the source stream, one event each.
export function resolveField(parent, args, _context, info) {
  const raw = parent !== null && typeof parent === 'object' ? parent[info.fieldName] : undefined;
  return interpret(raw, args);
}

function interpret(raw, args) {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  if ('$error' in raw) throw new Error(raw.$error);
  if ('$async' in raw) return new Promise((resolve) => setImmediate(resolve)).then(() => interpret(raw.$async, args));
  if ('$arg' in raw) return args[raw.$arg];
  if ('$argPresence' in raw) {
    const name = raw.$argPresence;
    if (!(name in args)) return 'absent';
    return args[name] === null ? 'null' : 'provided';
  }
  return raw;
}

export function subscribeField(parent, _args, _context, info) {
  const events = parent?.[info.fieldName]?.$events ?? [];
  return (async function* stream() {
    for (const event of events) yield event;
  })();
}
