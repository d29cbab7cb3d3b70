import { select, type Db } from '@lianxi/db';
import type { Department, PolicyDocument } from '@lianxi/domain';
import { entityJson, hydrateEntity } from '../department/entity-json.js';

/**
 * The full rows the matrix's GraphQL fields read besides the db package's `responsibilityMatrix`: the
 * document (`ResponsibilityMatrix.document`) and the departments with an assignment in it (its columns),
 * in ONE statement that needs only the document id, so it runs alongside the matrix's own reads and primes
 * the `document` and `department` DataLoaders.
 */
export async function matrixRows(
  db: Db,
  documentId: string,
): Promise<{ document: PolicyDocument | null; departments: Department[] }> {
  const [row] = await select<{
    document: Record<string, unknown> | null;
    departments: Record<string, unknown>[];
  }>(
    db,
    `SELECT (SELECT ${entityJson(db, 'policy_document', 'doc')} FROM policy_document doc WHERE doc.id = $1) AS document,
            (SELECT coalesce(json_agg(${entityJson(db, 'department', 'dep')}), '[]'::json) FROM department dep
             WHERE dep.id IN (SELECT a.department_id FROM assignment a JOIN task t ON t.id = a.task_id
                              WHERE t.document_id = $1 AND t.withdrawn_at IS NULL AND a.withdrawn_at IS NULL)
            ) AS departments`,
    [documentId],
  );
  return {
    document: row?.document ? hydrateEntity<PolicyDocument>(db, 'policy_document', row.document) : null,
    departments: (row?.departments ?? []).map((d) => hydrateEntity<Department>(db, 'department', d)),
  };
}
