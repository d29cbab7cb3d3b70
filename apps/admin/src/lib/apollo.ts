import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** One client for the app: the session is an HttpOnly cookie, so requests go same-origin with credentials. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
