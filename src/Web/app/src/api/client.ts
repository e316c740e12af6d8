import type { TypedDocumentString } from '../gql/graphql';
import { accessToken, signIn } from '../auth/session';

/** One thing the server refused, and the input field it is about (e.g. "input.title"), when it names one. */
export type Problem = { message: string; field?: string; code?: string };

/** The server answered with errors: a refusal in the user's terms, never a stack trace. */
export class Refused extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join(' '));
  }
}

type GraphQLError = { message: string; extensions?: { code?: string; field?: string } };

export async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', Authorization: `Bearer ${await accessToken()}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  if (response.status === 401) {
    await signIn();
    throw new Refused([{ message: 'Log ind igen.', code: 'UNAUTHENTICATED' }]);
  }
  const body = (await response.json()) as { data?: TResult | null; errors?: GraphQLError[] };
  if (body.errors?.length)
    throw new Refused(body.errors.map((e) => ({ message: e.message, field: e.extensions?.field, code: e.extensions?.code })));
  if (!body.data)
    throw new Refused([{ message: 'Serveren svarede ikke som ventet. Prøv igen.' }]);
  return body.data;
}
