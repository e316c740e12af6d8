// Subscribes with the graphql-ws client and prints what arrives as JSON lines:
//   {"next": <execution result>}, then {"complete": true} or {"error": <errors or reason>}.
// Usage: node subscribe.mjs <ws url> <query> [variables json]
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';

const [url, query, variables] = process.argv.slice(2);
const print = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);

const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });

client.subscribe(
  { query, variables: variables ? JSON.parse(variables) : undefined },
  {
    next: (result) => print({ next: result }),
    error: (error) => {
      print({ error: Array.isArray(error) ? error : { code: error?.code, reason: error?.reason ?? String(error) } });
      client.dispose();
    },
    complete: () => {
      print({ complete: true });
      client.dispose();
    },
  },
);
