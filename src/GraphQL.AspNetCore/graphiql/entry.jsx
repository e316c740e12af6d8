// The GraphiQL page's script. The server writes the endpoint into the page as data attributes of
// #graphiql, so the same bundle serves whatever path MapGraphQL was given; and, when the API wants a
// token, the OpenID provider to sign in with (authorization code with PKCE, back to this page's address).
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import 'graphiql/style.css';

const container = document.getElementById('graphiql');
const endpoint = new URL(container.dataset.endpoint, window.location.href);
const socketEndpoint = new URL(endpoint);
socketEndpoint.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';

const signIn = container.dataset.authority
  ? new UserManager({
      authority: container.dataset.authority,
      client_id: container.dataset.clientId,
      scope: container.dataset.scope,
      redirect_uri: endpoint.href,
      post_logout_redirect_uri: endpoint.href,
      response_type: 'code',
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    })
  : null;

async function signedInUser() {
  if (!signIn) return null;
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) {
    const user = await signIn.signinRedirectCallback();
    window.history.replaceState(null, '', endpoint.pathname);
    return user;
  }
  const user = await signIn.getUser();
  return user && !user.expired ? user : null;
}

function SignInBar({ user }) {
  const e = React.createElement;
  return e('div', { className: 'sign-in-bar' },
    user
      ? [e('span', { key: 'who' }, `Signed in as ${user.profile.name ?? user.profile.sub}`),
         e('button', { key: 'out', type: 'button', onClick: () => signIn.signoutRedirect() }, 'Sign out')]
      : [e('span', { key: 'why' }, 'The API answers only signed-in users.'),
         e('button', { key: 'in', type: 'button', onClick: () => signIn.signinRedirect() }, 'Sign in')]);
}

// Signed out, with no token pasted into the Headers tab either, the API would answer 401, which the browser logs as an
// error: GraphiQL's requests, its schema's first, are then answered here instead, saying what to do.
function onlyWithToken(fetcher) {
  const noToken = { errors: [{ message: 'Not signed in: sign in at the top, or paste a token into the Headers tab.' }] };
  return (params, options) =>
    Object.keys(options?.headers ?? {}).some((name) => name.toLowerCase() === 'authorization') ? fetcher(params, options) : Promise.resolve(noToken);
}

signedInUser().then((user) => {
  const authorization = user ? { Authorization: `Bearer ${user.access_token}` } : {};
  const fetcher = createGraphiQLFetcher({
    url: endpoint.href,
    headers: { Accept: 'application/graphql-response+json, application/json;q=0.9', ...authorization },
    wsClient: createClient({ url: socketEndpoint.href, lazy: true, connectionParams: authorization }),
  });
  container.textContent = '';
  createRoot(container).render(React.createElement(React.Fragment, null,
    signIn ? React.createElement(SignInBar, { user }) : null,
    React.createElement(GraphiQL, { fetcher: signIn && !user ? onlyWithToken(fetcher) : fetcher })));
});
