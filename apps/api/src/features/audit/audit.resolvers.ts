import { select, reads } from '@lianxi/db';
import { requireAdmin } from '../../auth/guards.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { AuditEventMapper } from '../../schema/mappers.js';
import { keysetAfter, keysetConnection, pageSize } from '../pagination.js';

export const auditResolvers: Resolvers = {
  Query: {
    /** Newest first; keyset pagination in SQL on (at, id); two statements (the page and the total). */
    auditEvents: async (_parent, { filter, first, after }, context) => {
      requireAdmin(context);
      const size = pageSize(first);
      const key = keysetAfter(after, ['string', 'string']);
      const filters = `($1::uuid IS NULL OR e.actor_id = $1::uuid) AND ($2::text IS NULL OR e.action = $2::text)
        AND ($3::text IS NULL OR e.entity = $3::text) AND ($4::uuid IS NULL OR e.entity_id = $4::uuid)`;
      const parameters = [
        filter?.actorId ?? null,
        filter?.action ?? null,
        filter?.entityType ?? null,
        filter?.entityId ?? null,
      ];
      const db = context.services.db;
      const [rows, [count]] = await reads(
        db,
        () =>
          select<AuditEventMapper & { cursorAt: string }>(
            db,
            `SELECT e.id, e.actor_id AS "actorId", e.action, e.entity AS "entityType", e.entity_id AS "entityId",
                    e.before, e.after, e.at, e.request_id AS "requestId",
                    to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS "cursorAt"
             FROM audit_event e
             WHERE ${filters}
               AND ($5::timestamp IS NULL OR (e.at, e.id) < (($5::timestamp AT TIME ZONE 'UTC'), $6::uuid))
             ORDER BY e.at DESC, e.id DESC LIMIT $7`,
            [...parameters, ...(key ?? [null, null]), size + 1],
          ),
        () =>
          select<{ n: number }>(
            db,
            `SELECT count(*)::int AS n FROM audit_event e WHERE ${filters}`,
            parameters,
          ),
      );
      return keysetConnection(rows, size, count?.n ?? 0, key !== null, (row) => [row.cursorAt, row.id]);
    },
  },
  AuditEvent: {
    actor: (event, _args, context) => (event.actorId ? context.loaders.user.load(event.actorId) : null),
    before: (event) => (event.before == null ? null : JSON.stringify(event.before)),
    after: (event) => (event.after == null ? null : JSON.stringify(event.after)),
  },
};
