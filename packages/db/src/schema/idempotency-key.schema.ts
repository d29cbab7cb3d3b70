import { createdAt, defineTable, id, text } from './columns.js';

export interface IdempotencyKeyRow {
  id: string;
  key: string;
  /** Whose key it is and for what, e.g. `<userId>:reportProgress`: keys of different scopes never collide. */
  scope: string;
  /** SHA-256 of the request: the same key with a different request is an error, not a replay. */
  requestHash: string;
  response: unknown;
  createdAt: Date;
}

/** Replays a mutation's stored response when a client retries with the same Idempotency-Key. */
export const IdempotencyKeySchema = defineTable<IdempotencyKeyRow>({
  name: 'idempotency_key',
  columns: {
    id,
    key: text('key'),
    scope: text('scope'),
    requestHash: text('request_hash'),
    response: { name: 'response', type: 'jsonb', nullable: true },
    createdAt,
  },
  uniques: [{ name: 'uq_idempotency_key_scope_key', columns: ['scope', 'key'] }],
  indices: [{ name: 'ix_idempotency_key_created_at', columns: ['createdAt'] }],
});
