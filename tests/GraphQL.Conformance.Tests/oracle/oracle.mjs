// The graphql-js side of the conformance suite. Reads one JSON request per stdin line and writes one
// JSON answer per stdout line, so hundreds of documents share one Node start-up.
//
// Requests:
//   {"kind":"execute","sdl":..,"rootValue":..,"document":..,"variables":..,"operationName":..}
//     -> {"result":{data,errors},"failedRules":[rule names that reject the document]}
//   {"kind":"roundTrip","sdl":..,"introspection":<our __schema result>}
//     -> {"expected": printSchema(buildSchema(sdl)), "actual": printSchema(buildClientSchema(ours))}
//   {"kind":"subscribe", ...same as execute} -> {"events":[one result per event]} or {"result": the failure}
//   {"kind":"rules"} -> {"rules":[names of the specification's validation rules]}
// Any failure of the oracle itself is answered as {"oracleError": message}.
import { createInterface } from 'node:readline';
import {
  graphql, buildSchema, buildClientSchema, printSchema, parse, validate, specifiedRules, subscribe,
} from 'graphql';
import { resolveField, subscribeField } from './fixture-resolvers.mjs';

// graphql-js's own guard against deep introspection; not a rule of the specification.
const specificationRules = specifiedRules.filter((rule) => rule.name !== 'MaxIntrospectionDepthRule');
const schemas = new Map();

function schemaFor(sdl) {
  let schema = schemas.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemas.set(sdl, schema);
  }
  return schema;
}

function failedRules(schema, document) {
  let ast;
  try {
    ast = parse(document);
  } catch {
    return [];
  }
  return specificationRules
    .filter((rule) => validate(schema, ast, [rule]).length > 0)
    .map((rule) => rule.name.replace(/Rule$/, ''));
}

async function execute(request) {
  const schema = schemaFor(request.sdl);
  const result = await graphql({
    schema,
    source: request.document,
    rootValue: request.rootValue,
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
    fieldResolver: resolveField,
  });
  return { result: JSON.parse(JSON.stringify(result)), failedRules: failedRules(schema, request.document) };
}

async function subscribeTo(request) {
  const schema = schemaFor(request.sdl);
  let document;
  try {
    document = parse(request.document);
  } catch (syntaxError) {
    return { result: { errors: [syntaxError] } };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) return { result: JSON.parse(JSON.stringify({ errors: validationErrors })) };
  const outcome = await subscribe({
    schema,
    document,
    rootValue: request.rootValue,
    variableValues: request.variables ?? undefined,
    operationName: request.operationName ?? undefined,
    fieldResolver: resolveField,
    subscribeFieldResolver: subscribeField,
  });
  if (!(Symbol.asyncIterator in outcome)) return { result: JSON.parse(JSON.stringify(outcome)) };
  const events = [];
  for await (const event of outcome) events.push(JSON.parse(JSON.stringify(event)));
  return { events };
}

function roundTrip(request) {
  return {
    expected: printSchema(buildSchema(request.sdl)),
    actual: printSchema(buildClientSchema(request.introspection)),
  };
}

async function answer(request) {
  switch (request.kind) {
    case 'execute': return execute(request);
    case 'subscribe': return subscribeTo(request);
    case 'roundTrip': return roundTrip(request);
    case 'rules': return { rules: specificationRules.map((rule) => rule.name.replace(/Rule$/, '')) };
    default: throw new Error(`unknown request kind ${request.kind}`);
  }
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  let reply;
  try {
    reply = await answer(JSON.parse(line));
  } catch (error) {
    reply = { oracleError: String(error?.stack ?? error) };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
