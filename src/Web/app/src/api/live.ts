import { createClient, type Client } from 'graphql-ws';
import type { TypedDocumentString } from '../gql/graphql';
import { accessToken } from '../auth/session';

let client: Client | undefined;

function connection(): Client {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  client ??= createClient({
    url: `${scheme}://${window.location.host}/graphql`,
    connectionParams: async () => ({ Authorization: `Bearer ${await accessToken()}` }),
    lazy: true,
  });
  return client;
}

/** Changes as the server commits them; returns what stops listening. */
export function listen<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, onChange: (data: TResult) => void): () => void {
  return connection().subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    { next: (result) => result.data && onChange(result.data), error: () => undefined, complete: () => undefined },
  );
}
