import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

const root = `${window.location.origin}/`;

/** The embedded OpenID provider's browser client: authorization code with PKCE, tokens kept for this tab only. */
const session = new UserManager({
  authority: root,
  client_id: 'agreementtracker-web',
  redirect_uri: root,
  post_logout_redirect_uri: root,
  response_type: 'code',
  scope: 'openid profile roles agreements',
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});

/** The signed-in user, after completing a sign-in the provider has just sent the browser back from. */
export async function signedInUser(): Promise<User | null> {
  const params = new URLSearchParams(window.location.search);
  if (params.has('code') && params.has('state')) {
    const user = await session.signinRedirectCallback();
    window.history.replaceState(null, '', typeof user.state === 'string' ? user.state : '/');
    return user;
  }
  const user = await session.getUser();
  return user && !user.expired ? user : null;
}

/** Off to the provider's sign-in page; back at the same address afterwards. */
export function signIn(): Promise<void> {
  return session.signinRedirect({ state: window.location.pathname + window.location.search });
}

export function signOut(): Promise<void> {
  return session.signoutRedirect();
}

/** The access token for the API, or a new sign-in when it has run out. */
export async function accessToken(): Promise<string> {
  const user = await session.getUser();
  if (user && !user.expired)
    return user.access_token;
  await signIn();
  throw new Error('Log ind igen.');
}
