import { createdAt, defineTable, id, nullableInstant, reference, text } from './columns.js';

export interface SessionRow {
  id: string;
  /** SHA-256 of the bearer token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export const SessionSchema = defineTable<SessionRow>({
  name: 'session',
  columns: {
    id,
    tokenHash: text('token_hash'),
    userId: reference('user_id', 'app_user', { onDelete: 'CASCADE' }),
    createdAt,
    lastSeenAt: { name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' },
    expiresAt: { name: 'expires_at', type: 'timestamptz' },
    revokedAt: nullableInstant('revoked_at'),
  },
  uniques: [{ name: 'uq_session_token_hash', columns: ['tokenHash'] }],
  indices: [{ name: 'ix_session_user', columns: ['userId'] }],
});
