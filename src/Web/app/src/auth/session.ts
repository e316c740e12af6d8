import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { signInSettings } from '../pageData';

// The provider sends the browser back only to its own address (e.g. 127.0.0.1, not localhost), and a tab's tokens
// belong to one address, so the pages are used at that one.
if (signInSettings && new URL(signInSettings.authority).origin !== window.location.origin)
  window.location.replace(new URL(window.location.pathname + window.location.search, signInSettings.authority));

/** The server's browser client: authorization code with PKCE, tokens kept for this tab only. None with an external provider. */
const session = signInSettings && new UserManager({
  authority: signInSettings.authority,
  client_id: signInSettings.clientId,
  scope: signInSettings.scope,
  redirect_uri: signInSettings.authority,
  post_logout_redirect_uri: signInSettings.authority,
  response_type: 'code',
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

export const canSignIn = session !== null;

function client(): UserManager {
  if (!session)
    throw new Error('Siderne kan endnu ikke logge ind, når serveren bruger en ekstern login-udbyder. Brug API\'et med et token fra udbyderen.');
  return session;
}

/** The signed-in user, after completing a sign-in the provider has just sent the browser back from. */
export async function signedInUser(): Promise<User | null> {
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) {
    const user = await client().signinRedirectCallback();
    window.history.replaceState(null, '', typeof user.state === 'string' ? user.state : '/');
    return user;
  }
  const user = await client().getUser();
  return user && !user.expired ? user : null;
}

/** Off to the provider's sign-in page; back at the same address afterwards. */
export function signIn(): Promise<void> {
  return client().signinRedirect({ state: window.location.pathname + window.location.search });
}

export function signOut(): Promise<void> {
  return client().signoutRedirect();
}

/** The access token for the API, or a new sign-in when it has run out. */
export async function accessToken(): Promise<string> {
  const user = await client().getUser();
  if (user && !user.expired)
    return user.access_token;
  await signIn();
  throw new Error('Log ind igen.');
}
