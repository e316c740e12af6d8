// A minimal GraphQL-over-HTTP server on graphql-js for the HTTP throughput comparison:
// POST {query, variables, operationName} as JSON, answered with graphql()'s result.
// Usage: node server.mjs <schema.graphql> <data.json>; prints {"port": n} once listening on 127.0.0.1.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema, graphql } from 'graphql';

const [schemaPath, dataPath] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const rootValue = JSON.parse(readFileSync(dataPath, 'utf8'));

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', async () => {
    let status = 200;
    let body;
    try {
      const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      body = await graphql({ schema, source: query, rootValue, variableValues: variables, operationName });
    } catch (error) {
      status = 400;
      body = { errors: [{ message: String(error) }] };
    }
    const text = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
