import type { User } from '@lianxi/domain';
import type { Loaders } from './loaders.js';
import type { Services } from './services.js';

/** What every resolver receives: built fresh per request, so nothing leaks between requests or processes. */
export interface Context {
  requestId: string;
  /** The logged-in user, or null for an anonymous request. */
  user: User | null;
  /** The id of this request's session, when it came with one (logout ends it). */
  sessionId: string | null;
  loaders: Loaders;
  services: Services;
  /** Sets or clears the session cookie on the HTTP response. */
  setSessionCookie(token: string | null, expiresAt?: Date): void;
}
