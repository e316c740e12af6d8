import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../gql/graphql';
import { Refused, request } from './client';

export type Loaded<T> = { data?: T; error?: Refused; reload: () => void };

/** A query's answer for a page: fetched when its variables change, and again on reload(). */
export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Loaded<TResult> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: TResult; error?: Refused }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    request(document, variables).then(
      (data) => current && setState({ data }),
      (error: unknown) => current && setState({ error: error instanceof Refused ? error : new Refused([{ message: String(error) }]) }),
    );
    return () => {
      current = false;
    };
  }, [document, key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
