import type {
  Assignment,
  Department,
  Duty,
  JointMeeting,
  Jurisdiction,
  Meeting,
  Member,
  PolicyDocument,
  ProgressReport,
  Resolution,
  Task,
  User,
} from '@lianxi/domain';
import { entityColumns, select } from '@lianxi/db';
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { calendarDateOf } from '@lianxi/domain';
import type { DepartmentTaskPage } from './features/department/department-tasks.query.js';
import { loadIndicators } from './features/indicator/indicator.query.js';
import { assignmentStates, summarise, type SummaryCounts } from './features/progress/overview.query.js';
import type { IndicatorMapper } from './schema/mappers.js';

/**
 * A DataLoader that also answers synchronously for what it was primed with. The hot lists prime the
 * loaders with every row their nested fields read; a resolver that returns `peek(key)` then hands the
 * executor a plain value instead of a promise (one promise, and its microtask, per field and row is most
 * of what a large answer costs). Keys it was asked to load first keep DataLoader's rule: the load wins
 * and a later prime changes nothing.
 */
export class RowLoader<K, V> extends DataLoader<K, V> {
  private readonly primed = new Map<K, V>();
  private readonly requested = new Set<K>();

  override load(key: K): Promise<V> {
    this.requested.add(key);
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const settled =
      !(value instanceof Error) && !(value && typeof (value as PromiseLike<V>).then === 'function');
    if (settled && !this.requested.has(key) && !this.primed.has(key)) this.primed.set(key, value as V);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primed.delete(key);
    this.requested.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    this.requested.clear();
    return super.clearAll();
  }

  /** The primed value itself, or `load(key)`. */
  peek(key: K): V | Promise<V> {
    return this.primed.has(key) ? (this.primed.get(key) as V) : this.load(key);
  }
}

/** `value`, or a rejection naming what is missing (a broken reference is a server error, not null). */
export function present<T>(value: T | null | Promise<T | null>, what: string): T | Promise<T> {
  if (value instanceof Promise) return value.then((resolved) => present(resolved, what));
  if (value === null) return Promise.reject(new Error(`${what} missing`));
  return value;
}

/**
 * A document as the API shows it: every column but the source text, which no GraphQL field returns and
 * which is tens of kilobytes per document (the lists that show a document's title must not carry it).
 */
export type DocumentHeader = Omit<PolicyDocument, 'sourceText'>;

/** The table and the column names of an entity's properties, from its EntitySchema. */
function tableOf(db: DataSource, entity: string) {
  const metadata = db.getMetadata(entity);
  const column = (property: string) => {
    const found = metadata.findColumnWithPropertyName(property);
    if (!found) throw new Error(`${entity} has no property ${property}`);
    return found.databaseName;
  };
  return { table: metadata.tableName, column };
}

/** Which columns a loader reads: all of the entity's (the default), all but some, or only some. */
export type Columns = { omit: readonly string[] } | { only: readonly string[] };

function columnsOf(db: DataSource, entity: string, alias: string, columns: Columns = { omit: [] }): string {
  if ('omit' in columns) return entityColumns(db, entity, alias, columns.omit);
  const all = db.getMetadata(entity).columns.map((column) => column.propertyName);
  return entityColumns(
    db,
    entity,
    alias,
    all.filter((property) => !columns.only.includes(property)),
  );
}

/** Every property of a domain type, for `{ only }`: the compiler checks that none is missing or extra. */
export const fieldsOf = <T>(fields: Record<keyof T, true>) => Object.keys(fields) as (keyof T & string)[];

/**
 * What the assignment loaders read: the domain's Assignment (its bookkeeping columns are no field's), so
 * the task list's page statement can carry every assignment of its tasks compactly (department-tasks.query).
 */
export const ASSIGNMENT_FIELDS = fieldsOf<Assignment>({
  id: true,
  taskId: true,
  departmentId: true,
  role: true,
});

/**
 * Loads rows of one table by id in one `WHERE id = ANY(…)` per tick; missing ids give null. Plain rows
 * through `select` (the columns named as the entity's properties), not hydrated entities: the same values
 * at a fraction of TypeORM's cost, and the same objects the hot queries prime.
 */
export function byId<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: string,
  columns?: Columns,
) {
  const { table } = tableOf(db, entity);
  const text = `SELECT ${columnsOf(db, entity, 'r', columns)} FROM ${table} r WHERE r.id = ANY($1::uuid[])`;
  return new RowLoader<string, T | null>(async (ids) => {
    const rows = await select<T>(db, text, [[...ids]]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * Loads the rows of one table whose `property` is one of the keys, grouped per key, in the given order;
 * `activeOnly` leaves out rows with a `withdrawnAt` (withdrawn assignments stay as history, not as duties).
 */
export function byProperty<T extends ObjectLiteral>(
  db: DataSource,
  entity: string,
  property: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'> = {},
  columns?: Columns,
  options: { activeOnly?: boolean } = {},
) {
  const { table, column } = tableOf(db, entity);
  const orderBy = Object.entries(order).map(([key, direction]) => `r.${column(key)} ${direction}`);
  const active = options.activeOnly ? ` AND r.${column('withdrawnAt')} IS NULL` : '';
  const text = `SELECT ${columnsOf(db, entity, 'r', columns)} FROM ${table} r WHERE r.${column(property)} = ANY($1::uuid[])${active}
    ${orderBy.length > 0 ? `ORDER BY ${orderBy.join(', ')}` : ''}`;
  return new RowLoader<string, T[]>(async (keys) =>
    groupBy(keys, await select<T>(db, text, [[...keys]]), (row) => String(row[property])),
  );
}

/** A member row as the domain's Member (the liaison's three columns as one object). */
export const MEMBER_COLUMNS = (m: string) => `${m}.id, ${m}.joint_meeting_id AS "jointMeetingId",
  ${m}.department_id AS "departmentId", ${m}.position, ${m}.representative,
  CASE WHEN ${m}.liaison_name IS NULL THEN NULL
       ELSE json_build_object('name', ${m}.liaison_name, 'phone', ${m}.liaison_phone, 'title', ${m}.liaison_title)
  END AS liaison`;

/** Groups rows by a key, in the order of `keys`. */
function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Per-request DataLoaders: built in the context, so batching and caching never cross requests. */
export function createLoaders(db: DataSource) {
  return {
    /** Pages of `Department.tasks` read ahead by `department(id)`, by `departmentTasksKey`. */
    departmentTaskPages: new Map<string, DepartmentTaskPage>(),
    jurisdiction: byId<Jurisdiction>(db, 'jurisdiction'),
    department: byId<Department>(db, 'department'),
    /** The whole stored document, source text included. */
    document: byId<PolicyDocument>(db, 'policy_document'),
    /** What every GraphQL field of a document reads (PolicyDocument's mapper). */
    documentHeader: byId<DocumentHeader>(db, 'policy_document', { omit: ['sourceText'] }),
    task: byId<Task>(db, 'task'),
    assignment: byId<Assignment>(db, 'assignment', { only: ASSIGNMENT_FIELDS }),
    /** Never the password hash. */
    user: byId<User>(db, 'app_user', { omit: ['passwordHash'] }),
    meeting: byId<Meeting>(db, 'meeting'),
    member: byId<Member>(db, 'member'),
    tasksByDocument: byProperty<Task & { sortOrder: number }>(db, 'task', 'documentId', { sortOrder: 'ASC' }),
    /** A task's active assignments (its units now), by role, then creation. */
    assignmentsByTask: byProperty<Assignment>(
      db,
      'assignment',
      'taskId',
      { role: 'ASC', createdAt: 'ASC' },
      { only: ASSIGNMENT_FIELDS },
      { activeOnly: true },
    ),
    /** A department's active assignments. */
    assignmentsByDepartment: byProperty<Assignment>(
      db,
      'assignment',
      'departmentId',
      {},
      { only: ASSIGNMENT_FIELDS },
      { activeOnly: true },
    ),
    /** Newest first: reports are append-only and the latest is the head of the chain. */
    reportsByAssignment: byProperty<ProgressReport>(db, 'progress_report', 'assignmentId', {
      reportedAt: 'DESC',
      id: 'DESC',
    }),
    dutiesByDepartment: byProperty<Duty>(db, 'duty', 'departmentId'),
    membersByJointMeeting: byProperty<Member>(db, 'member', 'jointMeetingId'),
    meetingsByJointMeeting: byProperty<Meeting>(db, 'meeting', 'jointMeetingId', { heldOn: 'DESC' }),
    resolutionsByMeeting: byProperty<Resolution>(db, 'resolution', 'meetingId'),
    /** Convenor, deputies, office, members; in the document's order within each. One statement per batch. */
    membersOfJointMeeting: new DataLoader<string, Member[]>(async (ids) =>
      groupBy(
        ids,
        await select<Member>(
          db,
          `SELECT ${MEMBER_COLUMNS('m')} FROM member m WHERE m.joint_meeting_id = ANY($1::uuid[])
           ORDER BY CASE m.position WHEN 'CONVENOR' THEN 0 WHEN 'DEPUTY_CONVENOR' THEN 1 WHEN 'OFFICE' THEN 2 ELSE 3 END,
                    m.sort_order, m.created_at`,
          [[...ids]],
        ),
        (member) => member.jointMeetingId,
      ),
    ),
    /** Resolutions in agreed order, each with the task made of it (task.resolution_id points back). */
    resolutionsOfMeeting: new DataLoader<string, Resolution[]>(async (ids) =>
      groupBy(
        ids,
        await select<Resolution>(
          db,
          `SELECT r.id, r.meeting_id AS "meetingId", r.text, t.id AS "taskId"
           FROM resolution r JOIN task t ON t.resolution_id = r.id
           WHERE r.meeting_id = ANY($1::uuid[]) ORDER BY r.sort_order, r.id`,
          [[...ids]],
        ),
        (resolution) => resolution.meetingId,
      ),
    ),
    jointMeeting: byId<JointMeeting>(db, 'joint_meeting'),
    /** The joint meetings a department belongs to (its member rows), by meeting name. One statement per batch. */
    membershipsOfDepartment: new DataLoader<string, Member[]>(async (ids) =>
      groupBy(
        ids,
        await select<Member>(
          db,
          `SELECT ${MEMBER_COLUMNS('m')} FROM member m JOIN joint_meeting jm ON jm.id = m.joint_meeting_id
           WHERE m.department_id = ANY($1::uuid[]) ORDER BY jm.name, m.id`,
          [[...ids]],
        ),
        (member) => member.departmentId,
      ),
    ),
    /** A document's indicators with targets, latest value and progress. One statement per batch. */
    indicatorsOfDocument: new DataLoader<string, IndicatorMapper[]>(async (ids) =>
      groupBy(ids, await loadIndicators(db, { documentIds: ids }), (indicator) => indicator.documentId ?? ''),
    ),
    /** A department's progress summary, counted as 总览 counts it (active assignments only). One statement per batch. */
    progressSummaryOfDepartment: new DataLoader<string, SummaryCounts>(async (ids) => {
      const states = await assignmentStates(db, { departmentIds: ids }, calendarDateOf(new Date()));
      return groupBy(ids, states, (assignment) => assignment.departmentId).map((group) =>
        summarise(group.map((assignment) => assignment.state)),
      );
    }),
    /** How many policy documents and active assignments each jurisdiction holds. One statement per batch. */
    sizeOfJurisdiction: new DataLoader<string, { documents: number; assignments: number }>(async (ids) => {
      const rows = await select<{ id: string; documents: number; assignments: number }>(
        db,
        `SELECT d.jurisdiction_id AS id, count(DISTINCT d.id)::int AS documents, count(a.id)::int AS assignments
         FROM policy_document d
         LEFT JOIN task t ON t.document_id = d.id AND t.withdrawn_at IS NULL
         LEFT JOIN assignment a ON a.task_id = t.id AND a.withdrawn_at IS NULL
         WHERE d.jurisdiction_id = ANY($1::uuid[]) GROUP BY d.jurisdiction_id`,
        [[...ids]],
      );
      const sizes = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => sizes.get(id) ?? { documents: 0, assignments: 0 });
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
