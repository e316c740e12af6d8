// The GraphiQL page's script. The server writes the endpoint into the page as data attributes of
// #graphiql, so the same bundle serves whatever path MapGraphQL was given.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import 'graphiql/style.css';

const container = document.getElementById('graphiql');
const endpoint = new URL(container.dataset.endpoint, window.location.href);
const socketEndpoint = new URL(endpoint);
socketEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const fetcher = createGraphiQLFetcher({
  url: endpoint.href,
  headers: { Accept: 'application/graphql-response+json, application/json;q=0.9' },
  wsClient: createClient({ url: socketEndpoint.href, lazy: true }),
});

createRoot(container).render(React.createElement(GraphiQL, { fetcher }));
