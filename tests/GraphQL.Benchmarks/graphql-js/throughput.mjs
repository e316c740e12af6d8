// Measures graphql() (parse + validate + execute, no caching) over the benchmark schema and data.
// Usage: node throughput.mjs <schema.graphql> <data.json> <query> <warm-up seconds> <seconds>
// Prints {"operations": n, "seconds": wall-clock s, "processorSeconds": user + system s} as one JSON line.
import { readFileSync } from 'node:fs';
import { buildSchema, graphql } from 'graphql';

const [schemaPath, dataPath, source, warmUp, duration] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const rootValue = JSON.parse(readFileSync(dataPath, 'utf8'));

async function runFor(seconds) {
  const end = process.hrtime.bigint() + BigInt(Math.round(Number(seconds) * 1e9));
  const start = process.hrtime.bigint();
  const processorStart = process.cpuUsage();
  let operations = 0;
  while (process.hrtime.bigint() < end) {
    const result = await graphql({ schema, source, rootValue });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    operations += 1;
  }
  const processor = process.cpuUsage(processorStart);
  return {
    operations,
    seconds: Number(process.hrtime.bigint() - start) / 1e9,
    processorSeconds: (processor.user + processor.system) / 1e6,
  };
}

await runFor(warmUp);
process.stdout.write(`${JSON.stringify(await runFor(duration))}\n`);
