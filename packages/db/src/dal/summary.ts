import type { Id, JurisdictionLevel } from '@lianxi/domain';
import { type Db, select } from '../db.js';

export interface JurisdictionSummary {
  id: Id;
  name: string;
  level: JurisdictionLevel;
  documents: number;
  tasks: number;
  assignments: number;
  departments: number;
}

export interface DatabaseSummary {
  jurisdictions: JurisdictionSummary[];
  totals: Omit<JurisdictionSummary, 'id' | 'name' | 'level'> & { jurisdictions: number };
}

/**
 * What the database holds, per jurisdiction: documents, active tasks and assignments, active departments.
 * One statement (a LATERAL count per jurisdiction).
 */
export async function databaseSummary(db: Db): Promise<DatabaseSummary> {
  const jurisdictions = await select<JurisdictionSummary>(
    db,
    `SELECT j.id, j.name, j.level, c.documents, c.tasks, c.assignments, c.departments
     FROM jurisdiction j
     CROSS JOIN LATERAL (
       SELECT
         (SELECT count(*) FROM policy_document d WHERE d.jurisdiction_id = j.id) AS documents,
         (SELECT count(*) FROM task t JOIN policy_document d ON d.id = t.document_id
          WHERE d.jurisdiction_id = j.id AND t.withdrawn_at IS NULL) AS tasks,
         (SELECT count(*) FROM assignment a JOIN task t ON t.id = a.task_id
          JOIN policy_document d ON d.id = t.document_id
          WHERE d.jurisdiction_id = j.id AND t.withdrawn_at IS NULL AND a.withdrawn_at IS NULL) AS assignments,
         (SELECT count(*) FROM department dep WHERE dep.jurisdiction_id = j.id AND dep.archived_at IS NULL) AS departments
     ) c
     ORDER BY j.name`,
  );
  const sum = (key: 'documents' | 'tasks' | 'assignments' | 'departments') =>
    jurisdictions.reduce((total, row) => total + row[key], 0);
  return {
    jurisdictions,
    totals: {
      jurisdictions: jurisdictions.length,
      documents: sum('documents'),
      tasks: sum('tasks'),
      assignments: sum('assignments'),
      departments: sum('departments'),
    },
  };
}
