import { defineTable, id, nullableText, reference, text } from './columns.js';

export interface AuditEventRow {
  id: string;
  actorId: string | null;
  /** What was done, e.g. `department.update`. */
  action: string;
  /** The table or domain name of what it was done to, e.g. `department`. */
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: Date;
  requestId: string | null;
}

/** Who changed what, with the values before and after. Written in the same transaction as the change. */
export const AuditEventSchema = defineTable<AuditEventRow>({
  name: 'audit_event',
  columns: {
    id,
    actorId: reference('actor_id', 'app_user', { nullable: true, onDelete: 'SET NULL' }),
    action: text('action'),
    entity: text('entity'),
    entityId: { name: 'entity_id', type: 'uuid', nullable: true },
    before: { name: 'before', type: 'jsonb', nullable: true },
    after: { name: 'after', type: 'jsonb', nullable: true },
    at: { name: 'at', type: 'timestamptz', default: () => 'now()' },
    requestId: nullableText('request_id'),
  },
  indices: [
    { name: 'ix_audit_event_entity', columns: ['entity', 'entityId', 'at'] },
    { name: 'ix_audit_event_at', columns: ['at'] },
  ],
});
