// Runs graphql-http's GraphQL-over-HTTP server audits against a URL and prints one JSON line per audit:
//   {"id", "name", "status": "ok" | "warn" (a SHOULD not met) | "error" (a MUST not met), "reason"}.
// Usage: node audit.mjs <http url of the endpoint>
import { auditServer } from 'graphql-http';

const [url] = process.argv.slice(2);
for (const result of await auditServer({ url })) {
  process.stdout.write(`${JSON.stringify({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null })}\n`);
}
