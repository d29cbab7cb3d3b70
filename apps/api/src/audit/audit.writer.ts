import type { EntityManager } from 'typeorm';

export interface AuditEntry {
  actorId: string | null;
  /** What was done, `<entity>.<verb>`, e.g. `department.rename`. */
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** Appends one audit event through the given manager, so it commits or rolls back with the change itself. */
export async function writeAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.getRepository('audit_event').insert({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : toJson(entry.before),
    after: entry.after === undefined ? null : toJson(entry.after),
    requestId: entry.requestId,
  });
}

/** Dates and nested objects as plain JSON, the way they will be read back. */
function toJson(value: unknown): unknown {
  return value === null ? null : JSON.parse(JSON.stringify(value));
}
