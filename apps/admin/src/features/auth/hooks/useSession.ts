import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { SessionUserFragment } from '../../../graphql/generated/graphql';
import { LogoutMutation, MeQuery } from '../graphql/session';

export type SessionUser = SessionUserFragment;

/** The logged-in user (null when logged out), read once and kept in Apollo's cache. */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { user: data?.me ?? null, loading: loading && !data, error, refetch };
}

/** Ends the session on the server and forgets every cached result of this user. */
export function useLogout() {
  const client = useApolloClient();
  const [logout, { loading }] = useMutation(LogoutMutation);
  const run = useCallback(async () => {
    try {
      await logout();
    } finally {
      await client.clearStore();
      client.writeQuery({ query: MeQuery, data: { me: null } });
    }
  }, [client, logout]);
  return [run, loading] as const;
}
