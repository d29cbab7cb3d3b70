import { createHash } from 'node:crypto';
import {
  type AssignmentRole,
  type Id,
  type InstitutionKind,
  type JurisdictionLevel,
  type MemberPosition,
  pathKey,
  type SectorCode,
  type Span,
} from '@lianxi/domain';
import type { ParsedPolicy, ParsedUnit, ParseWarningCode } from '@lianxi/policy-parser';
import type { EntityManager } from 'typeorm';
import { type Db, select, sql, transaction } from '../db.js';
import { DbError, SQLSTATE, sqlState } from '../errors.js';
import { cleanAliases } from '../dal/departments.js';
import { ROLE_STRENGTH } from '../dal/rows.js';
import {
  applyCorrections,
  type CheckedCorrection,
  checkCorrections,
  type ChosenDepartment,
  correctionsKey,
  type ImportCorrection,
  type PlanAssignment,
  unitOfName,
} from './corrections.js';

export type {
  CheckedCorrection,
  ImportCorrection,
  ImportCorrectionAction,
  PlanAssignment,
} from './corrections.js';

export interface ImportOptions {
  /** The jurisdiction to import into, overriding what the text says (the CLI's --jurisdiction). */
  jurisdiction?: string;
  /** Compute the full report, write nothing. */
  dryRun?: boolean;
  /**
   * The office's corrections of the parsed units (see `corrections.ts`), applied in order before anything is
   * written. They are part of what makes an import the same as an earlier one: the same text with the same
   * corrections is UNCHANGED, with other corrections a new revision.
   */
  corrections?: readonly ImportCorrection[];
}

/** CREATED: a new document. REVISED: a changed text of a known one (revision n+1). UNCHANGED: the same text again. */
export type DocumentOutcome = 'CREATED' | 'REVISED' | 'UNCHANGED';

export type ImportWarningCode =
  | ParseWarningCode
  /** A clause names a unit the parse did not list among its units; it is imported as an unknown department. */
  | 'UNLISTED_UNIT'
  /** Two numbered items with the same path; the later is stored as `<path>#2`. */
  | 'DUPLICATE_PATH'
  /** One department twice on a task (two names of it); it is kept once, with the stronger role. */
  | 'DUPLICATE_ASSIGNMENT'
  /** A unit name that is also a name of an archived department not merged anywhere; that department is used. */
  | 'ARCHIVED_DEPARTMENT';

export interface ImportWarning {
  code: ImportWarningCode;
  /** A sentence in Chinese for the office. */
  message: string;
  span: Span | null;
}

export interface ImportedDepartment {
  id: Id;
  name: string;
  kind: InstitutionKind;
  sector: SectorCode | null;
  collective: boolean;
}

/** One unit on a task of the report: where the plan writes it and the department it goes to. */
export interface ImportedAssignment {
  unit: string;
  asWritten: string;
  role: AssignmentRole;
  /** Where the plan writes the unit; null for a unit a correction added. */
  span: Span | null;
  /** The department the unit is, when it existed before this import (or a correction chose it); null: created. */
  departmentId: Id | null;
  /** A correction changed or added it. */
  corrected: boolean;
}

/** A task as imported: the parse's reading with the corrections applied. */
export interface ImportedTask {
  path: string[];
  /** The path key the task is stored under (`<key>#2` for a repeated number). */
  pathKey: string;
  heading: string | null;
  text: string;
  deadline: string | null;
  span: Span;
  assignments: ImportedAssignment[];
}

export interface ImportReport {
  dryRun: boolean;
  jurisdiction: { id: Id; name: string; level: JurisdictionLevel; created: boolean };
  document: {
    id: Id;
    title: string;
    docNumber: string | null;
    /** `文号:<docNumber>`, or `标题:<title>` without a 文号: what makes a later import the same document. */
    documentKey: string;
    revision: number;
    outcome: DocumentOutcome;
    contentHash: string;
  };
  departments: {
    /** Units found among the jurisdiction's departments (by name or alias): `unit` as the plan names it. */
    matched: { unit: string; department: ImportedDepartment }[];
    created: ImportedDepartment[];
  };
  /** What the document holds after the import (for UNCHANGED: what it held already). */
  counts: {
    tasks: number;
    assignments: number;
    duties: number;
    indicators: number;
    targets: number;
    members: number;
  };
  /** For a revision: how the tasks and assignments changed. Withdrawn rows keep their progress history. */
  changes: {
    tasksAdded: number;
    tasksKept: number;
    tasksWithdrawn: number;
    assignmentsWithdrawn: number;
  } | null;
  /** The parse's warnings, then the importer's own. */
  warnings: ImportWarning[];
  /** The tasks with their units as imported (corrections applied), in document order. */
  tasks: ImportedTask[];
  /** The corrections as applied (names normalised, tasks as path keys). */
  corrections: CheckedCorrection[];
}

/**
 * Writes a parsed plan into the database, in ONE transaction and a constant number of set-based
 * statements (rows travel as one jsonb parameter each, expanded by `jsonb_to_recordset`):
 *
 * - the jurisdiction (and its parent) are found by name or created;
 * - every unit is matched to a department of the jurisdiction by name or alias, or created with its
 *   canonical name, aliases, sector and kind; a matched department gains the names it was written as.
 *   Collective local governments (各县区政府) become a department of kind GOVERNMENT flagged `collective`,
 *   so their LOCAL assignments point at something the matrix can show as a column; nothing yet expands
 *   them into the lower jurisdictions' own governments;
 * - the document is keyed by jurisdiction + 文号 (or + title when it has none). The same text again
 *   (same SHA-256) is UNCHANGED and writes nothing; a changed text updates the row as revision n+1:
 *   tasks are matched by path (same path, same task, progress kept), new paths added, vanished ones
 *   withdrawn, never deleted; assignments likewise; duties and targets are replaced;
 * - a dry run does all of it and rolls back, so its report is exactly what a real run would say.
 */
export async function importPolicy(
  db: Db,
  parsed: ParsedPolicy,
  options: ImportOptions = {},
): Promise<ImportReport> {
  if (!options.dryRun) return transaction(db, (tx) => runImport(tx, parsed, options));
  try {
    await transaction(db, async (tx) => {
      throw new DryRunRollback(await runImport(tx, parsed, options));
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
  throw new Error('unreachable: a dry run always rolls back');
}

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run: rolled back');
  }
}

const LEVEL_SUFFIXES: readonly [RegExp, JurisdictionLevel][] = [
  [/(省|自治区)$/, 'PROVINCE'],
  [/(街道|乡|镇)$/, 'TOWNSHIP'],
  [/(区|县|旗)$/, 'COUNTY'],
];

/** The level a jurisdiction's name suggests (省 province, 区/县 county, 乡/镇/街道 township, else city). */
export function levelOfName(name: string): JurisdictionLevel {
  return LEVEL_SUFFIXES.find(([suffix]) => suffix.test(name))?.[1] ?? 'CITY';
}

export function documentKeyOf(document: { docNumber: string | null; title: string }): string {
  const docNumber = document.docNumber?.replace(/\s+/g, '');
  return docNumber ? `文号:${docNumber}` : `标题:${document.title.replace(/\s+/g, '')}`;
}

/**
 * What tells a repeated import from a new revision: the text, and the corrections when there are any (so a text
 * imported without corrections keeps the hash it always had).
 */
export function contentHashOf(text: string, corrections: readonly CheckedCorrection[] = []): string {
  const hash = createHash('sha256').update(text, 'utf8');
  if (corrections.length > 0) hash.update(`\u0000corrections:${correctionsKey(corrections)}`, 'utf8');
  return hash.digest('hex');
}

/** What the importer reads of a ParsedUnit. */
type Unit = Pick<ParsedUnit, 'name' | 'aliases' | 'sector' | 'kind' | 'collective'>;

interface DepartmentMatchRow extends ImportedDepartment {
  aliases: string[];
  archived: boolean;
  mergedIntoId: string | null;
}

async function runImport(
  tx: EntityManager,
  parsed: ParsedPolicy,
  options: ImportOptions,
): Promise<ImportReport> {
  const warnings: ImportWarning[] = parsed.warnings.map(({ code, message, span }) => ({
    code,
    message,
    span,
  }));
  const corrections = checkCorrections(options.corrections ?? []);
  const title = parsed.document.title.trim();
  const documentKey = documentKeyOf({ docNumber: parsed.document.docNumber, title });
  if (title === '' && !parsed.document.docNumber) {
    throw new DbError('BAD_USER_INPUT', '无法识别文件的标题和文号，不能导入');
  }

  // 1. The jurisdiction (and its parent).
  const jurisdictionName = options.jurisdiction?.trim() ?? parsed.jurisdiction?.name.trim() ?? '';
  if (jurisdictionName === '') {
    throw new DbError('BAD_USER_INPUT', '文件中未写明行政区划，请指定（如 --jurisdiction 本溪市）');
  }
  const fromText = parsed.jurisdiction?.name === jurisdictionName ? parsed.jurisdiction : null;
  const parent = fromText?.parentName
    ? await findOrCreateJurisdiction(tx, fromText.parentName, levelOfName(fromText.parentName), null)
    : null;
  const jurisdiction = await findOrCreateJurisdiction(
    tx,
    jurisdictionName,
    fromText?.level ?? levelOfName(jurisdictionName),
    parent?.id ?? null,
  );

  // 2. The tasks, and the office's corrections of their units (checked against this jurisdiction's departments).
  const pathWarnings: ImportWarning[] = [];
  const taskRows = taskRowsOf(parsed, pathWarnings);
  const chosen = await chosenDepartments(tx, jurisdiction.id, corrections);
  if (corrections.length > 0)
    recheckLeads(taskRows, applyCorrections(taskRows, corrections, chosen), warnings);

  // 3. The document, locked so two imports of it queue up.
  const contentHash = contentHashOf(parsed.text, corrections);
  const [existing] = await select<{ id: string; revision: number; contentHash: string }>(
    tx,
    `SELECT id, revision, content_hash AS "contentHash" FROM policy_document
     WHERE jurisdiction_id = $1 AND document_key = $2 FOR UPDATE`,
    [jurisdiction.id, documentKey],
  );
  const outcome: DocumentOutcome = !existing
    ? 'CREATED'
    : existing.contentHash === contentHash
      ? 'UNCHANGED'
      : 'REVISED';

  // 4. Units → departments.
  const units = unitsOf(parsed, taskRows, warnings);
  const allNames = [...new Set(units.flatMap((unit) => [unit.name, ...unit.aliases]))];
  const candidates = await select<DepartmentMatchRow>(
    tx,
    `SELECT id, name, aliases, sector, kind, collective, archived_at IS NOT NULL AS archived,
            merged_into_id AS "mergedIntoId"
     FROM department
     WHERE jurisdiction_id = $1 AND (name = ANY($2::text[]) OR aliases && $2::text[])`,
    [jurisdiction.id, allNames],
  );
  const matches = new Map<string, DepartmentMatchRow>();
  for (const unit of units) {
    const match = matchDepartment(unit, candidates, warnings);
    if (match) matches.set(unit.name, match);
  }
  const toCreate = units.filter((unit) => !matches.has(unit.name));

  // 5. What the document will hold, planned before writing (a department not created yet is `new:<name>`),
  // so an UNCHANGED import reports the same counts and warnings as the import that wrote it.
  const keyOf = (unit: string): string => matches.get(unit)?.id ?? `new:${unit}`;
  warnings.push(...pathWarnings);
  const plannedAssignments = planAssignments(taskRows, keyOf, warnings);
  const plannedMembers = parsed.jointMeeting ? planMembers(parsed.jointMeeting, keyOf) : [];
  const indicators = indicatorsOf(parsed);
  const counts = {
    tasks: taskRows.length,
    assignments: plannedAssignments.length,
    duties: parsed.duties.length,
    indicators: indicators.length,
    targets: parsed.targets.length,
    members: plannedMembers.length,
  };
  const base = {
    dryRun: options.dryRun ?? false,
    jurisdiction: {
      id: jurisdiction.id,
      name: jurisdiction.name,
      level: jurisdiction.level,
      created: jurisdiction.created,
    },
  };
  const matched = units.flatMap((unit) => {
    const department = matches.get(unit.name);
    return department ? [{ unit: unit.name, department: imported(department) }] : [];
  });
  for (const assignment of taskRows.flatMap((row) => row.assignments)) {
    const department = assignment.departmentId === null ? undefined : chosen.get(assignment.departmentId);
    if (department && !matched.some(({ unit }) => unit === department.name)) {
      matched.push({ unit: department.name, department: imported(department) });
    }
  }
  const importedTasks = reportTasksOf(
    taskRows,
    (assignment) => assignment.departmentId ?? matches.get(assignment.unit)?.id ?? null,
  );

  if (existing && outcome === 'UNCHANGED') {
    return {
      ...base,
      document: {
        id: existing.id,
        title,
        docNumber: parsed.document.docNumber,
        documentKey,
        revision: existing.revision,
        outcome,
        contentHash,
      },
      departments: { matched, created: [] },
      counts,
      changes: null,
      warnings,
      tasks: importedTasks,
      corrections,
    };
  }

  // 6. The document row: new, or the next revision of the existing one.
  const documentColumns = [
    title,
    parsed.document.docNumber,
    parsed.document.issuer,
    parsed.document.issuedOn,
    parsed.document.status,
    parsed.document.validityNote,
    parsed.document.cites,
    contentHash,
    parsed.text,
  ];
  const [document] = existing
    ? await select<{ id: string; revision: number }>(
        tx,
        `UPDATE policy_document SET title = $2, doc_number = $3, issuer = $4, issued_on = $5, status = $6,
                validity_note = $7, cites = $8, content_hash = $9, source_text = $10,
                revision = revision + 1, imported_at = now(), updated_at = now()
         WHERE id = $1 RETURNING id, revision`,
        [existing.id, ...documentColumns],
      )
    : await select<{ id: string; revision: number }>(
        tx,
        `INSERT INTO policy_document (jurisdiction_id, document_key, title, doc_number, issuer, issued_on, status,
                                      validity_note, cites, content_hash, source_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, revision`,
        [jurisdiction.id, documentKey, ...documentColumns],
      );
  if (!document) throw new Error('policy_document: the write returned no row');

  // 7. Departments: create the unknown ones, teach the known ones the names the plan uses.
  const created = toCreate.length
    ? await select<DepartmentMatchRow>(
        tx,
        `INSERT INTO department (jurisdiction_id, name, aliases, sector, kind, collective)
         SELECT $1, x.name, x.aliases, x.sector, x.kind, x.collective
         FROM jsonb_to_recordset($2::jsonb) AS x(name text, aliases text[], sector text, kind text, collective boolean)
         RETURNING id, name, aliases, sector, kind, collective, false AS archived, NULL::uuid AS "mergedIntoId"`,
        [
          jurisdiction.id,
          JSON.stringify(
            toCreate.map((unit) => ({
              name: unit.name,
              aliases: cleanAliases(unit.aliases, unit.name),
              sector: unit.sector,
              kind: unit.collective ? 'GOVERNMENT' : unit.kind,
              collective: unit.collective,
            })),
          ),
        ],
      )
    : [];
  for (const department of created) matches.set(department.name, department);
  const learned = units.flatMap((unit) => {
    const department = matches.get(unit.name);
    if (!department || created.includes(department)) return [];
    const aliases = cleanAliases([...department.aliases, unit.name, ...unit.aliases], department.name);
    const sector = department.sector ?? unit.sector;
    const changed = aliases.length !== department.aliases.length || sector !== department.sector;
    if (changed) department.aliases = aliases;
    return changed ? [{ id: department.id, aliases, sector }] : [];
  });
  if (learned.length) {
    await sql(
      tx,
      `UPDATE department d SET aliases = x.aliases, sector = x.sector, version = d.version + 1, updated_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, aliases text[], sector text)
       WHERE d.id = x.id`,
      [JSON.stringify(learned)],
    );
  }
  const departmentOf = (unit: string): string => {
    const department = matches.get(unit);
    if (!department) throw new Error(`unit without a department: ${unit}`);
    return department.id;
  };
  const departmentOfKey = (key: string): string =>
    key.startsWith('new:') ? departmentOf(key.slice(4)) : key;

  // 8. Tasks, matched by path across revisions.
  const tasks = taskRows.length
    ? await select<{ id: string; pathKey: string; inserted: boolean }>(
        tx,
        `INSERT INTO task (document_id, path, path_key, heading, text, deadline, recurrence, span_start, span_end, sort_order)
         SELECT $1, x.path, x.path_key, x.heading, x.text, x.deadline, x.recurrence, x.span_start, x.span_end, x.sort_order
         FROM jsonb_to_recordset($2::jsonb) AS x(path text[], path_key text, heading text, text text, deadline date,
                                                recurrence text, span_start int, span_end int, sort_order int)
         ON CONFLICT (document_id, path_key) DO UPDATE SET
           path = excluded.path, heading = excluded.heading, text = excluded.text, deadline = excluded.deadline,
           recurrence = excluded.recurrence, span_start = excluded.span_start, span_end = excluded.span_end,
           sort_order = excluded.sort_order, withdrawn_at = NULL, updated_at = now()
         RETURNING id, path_key AS "pathKey", (xmax = 0) AS inserted`,
        [document.id, JSON.stringify(taskRows.map(({ assignments: _, ...row }) => row))],
      )
    : [];
  const taskIdOf = new Map(tasks.map((task) => [task.pathKey, task.id]));
  const withdrawnTasks =
    outcome === 'REVISED'
      ? await sql(
          tx,
          `UPDATE task SET withdrawn_at = now(), updated_at = now()
           WHERE document_id = $1 AND withdrawn_at IS NULL AND path_key <> ALL($2::text[])`,
          [document.id, taskRows.map((row) => row.path_key)],
        )
      : null;

  // 9. Assignments.
  const assignmentRows = JSON.stringify(
    plannedAssignments.map((assignment) => {
      const taskId = taskIdOf.get(assignment.pathKey);
      if (!taskId) throw new Error(`task without an id: ${assignment.pathKey}`);
      return {
        task_id: taskId,
        department_id: departmentOfKey(assignment.departmentKey),
        role: assignment.role,
      };
    }),
  );
  if (plannedAssignments.length) {
    await sql(
      tx,
      `INSERT INTO assignment (task_id, department_id, role)
       SELECT x.task_id, x.department_id, x.role
       FROM jsonb_to_recordset($1::jsonb) AS x(task_id uuid, department_id uuid, role text)
       ON CONFLICT (task_id, department_id) DO UPDATE SET role = excluded.role, withdrawn_at = NULL`,
      [assignmentRows],
    );
  }
  const withdrawnAssignments =
    outcome === 'REVISED'
      ? await sql(
          tx,
          `UPDATE assignment a SET withdrawn_at = now()
           FROM task t
           WHERE t.id = a.task_id AND t.document_id = $1 AND a.withdrawn_at IS NULL
             AND NOT EXISTS (
               SELECT 1 FROM jsonb_to_recordset($2::jsonb) AS x(task_id uuid, department_id uuid)
               WHERE x.task_id = a.task_id AND x.department_id = a.department_id)`,
          [document.id, assignmentRows],
        )
      : null;

  // 10. Duties and targets belong to the text: a revision replaces them (nothing refers to them).
  if (outcome === 'REVISED') {
    await sql(tx, `DELETE FROM duty WHERE document_id = $1`, [document.id]);
    await sql(
      tx,
      `DELETE FROM target USING indicator i WHERE target.indicator_id = i.id AND i.document_id = $1`,
      [document.id],
    );
  }
  if (parsed.duties.length) {
    await sql(
      tx,
      `INSERT INTO duty (department_id, document_id, text, span_start, span_end, sort_order)
       SELECT x.department_id, $1, x.text, x.span_start, x.span_end, x.sort_order
       FROM jsonb_to_recordset($2::jsonb) AS x(department_id uuid, text text, span_start int, span_end int, sort_order int)`,
      [
        document.id,
        JSON.stringify(
          parsed.duties.map((duty, index) => ({
            department_id: departmentOf(duty.unit),
            text: duty.text,
            span_start: duty.span.start,
            span_end: duty.span.end,
            sort_order: index,
          })),
        ),
      ],
    );
  }
  if (indicators.length) {
    const stored = await select<{ id: string; name: string }>(
      tx,
      `INSERT INTO indicator (jurisdiction_id, document_id, name, unit, scope, baseline_value, baseline_year)
       SELECT $1, $2, x.name, x.unit, x.scope, x.baseline_value, x.baseline_year
       FROM jsonb_to_recordset($3::jsonb) AS x(name text, unit text, scope text, baseline_value numeric, baseline_year int)
       ON CONFLICT (document_id, name) DO UPDATE SET unit = excluded.unit, scope = excluded.scope,
         baseline_value = excluded.baseline_value, baseline_year = excluded.baseline_year
       RETURNING id, name`,
      [jurisdiction.id, document.id, JSON.stringify(indicators)],
    );
    const indicatorIdOf = new Map(stored.map((indicator) => [indicator.name, indicator.id]));
    await sql(
      tx,
      `INSERT INTO target (indicator_id, comparator, value, year)
       SELECT x.indicator_id, x.comparator, x.value, x.year
       FROM jsonb_to_recordset($1::jsonb) AS x(indicator_id uuid, comparator text, value numeric, year int)`,
      [
        JSON.stringify(
          parsed.targets.map((target) => ({
            indicator_id: indicatorIdOf.get(target.indicator.trim()),
            comparator: target.comparator,
            value: target.value,
            year: target.year,
          })),
        ),
      ],
    );
  }

  // 11. The joint meeting and its members (members are added or updated, never removed by an import).
  const meeting = parsed.jointMeeting;
  if (meeting) {
    const [jointMeeting] = await select<{ id: string }>(
      tx,
      `INSERT INTO joint_meeting (jurisdiction_id, name, document_id) VALUES ($1, $2, $3)
       ON CONFLICT (jurisdiction_id, name) DO UPDATE SET document_id = excluded.document_id
       RETURNING id`,
      [jurisdiction.id, meeting.name, document.id],
    );
    if (jointMeeting && plannedMembers.length) {
      await sql(
        tx,
        `INSERT INTO member (joint_meeting_id, department_id, position, sort_order)
         SELECT $1, x.department_id, x.position, x.sort_order
         FROM jsonb_to_recordset($2::jsonb) AS x(department_id uuid, position text, sort_order int)
         ON CONFLICT (joint_meeting_id, department_id) DO UPDATE SET
           position = excluded.position, sort_order = excluded.sort_order`,
        [
          jointMeeting.id,
          JSON.stringify(
            plannedMembers.map((member, index) => ({
              department_id: departmentOfKey(member.departmentKey),
              position: member.position,
              sort_order: index,
            })),
          ),
        ],
      );
    }
  }

  return {
    ...base,
    document: {
      id: document.id,
      title,
      docNumber: parsed.document.docNumber,
      documentKey,
      revision: document.revision,
      outcome,
      contentHash,
    },
    departments: { matched, created: created.map(imported) },
    counts,
    changes:
      outcome === 'REVISED'
        ? {
            tasksAdded: tasks.filter((task) => task.inserted).length,
            tasksKept: tasks.filter((task) => !task.inserted).length,
            tasksWithdrawn: withdrawnTasks?.affected ?? 0,
            assignmentsWithdrawn: withdrawnAssignments?.affected ?? 0,
          }
        : null,
    warnings,
    tasks: importedTasks,
    corrections,
  };
}

function imported(department: DepartmentMatchRow): ImportedDepartment {
  const { id, name, kind, sector, collective } = department;
  return { id, name, kind, sector, collective };
}

async function findOrCreateJurisdiction(
  tx: EntityManager,
  name: string,
  level: JurisdictionLevel,
  parentId: Id | null,
  retried = false,
): Promise<{ id: Id; name: string; level: JurisdictionLevel; created: boolean }> {
  const query = `
    WITH found AS (SELECT id, name, level, false AS created FROM jurisdiction WHERE name = $1),
    inserted AS (
      INSERT INTO jurisdiction (name, level, parent_id)
      SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM found)
      ON CONFLICT (name) DO NOTHING
      RETURNING id, name, level, true AS created
    )
    SELECT * FROM found UNION ALL SELECT * FROM inserted`;
  try {
    const [row] = await select<{ id: Id; name: string; level: JurisdictionLevel; created: boolean }>(
      tx,
      query,
      [name, level, parentId],
    );
    if (row) return row;
    // No row: another import created it after this statement's snapshot; the next statement sees it.
    if (retried) throw new Error(`jurisdiction ${name}: neither found nor created`);
    return await findOrCreateJurisdiction(tx, name, level, parentId, true);
  } catch (error) {
    if (sqlState(error) === SQLSTATE.CHECK_VIOLATION) {
      throw new DbError('BAD_USER_INPUT', `行政区划级别无效：${level}`, { name, level }, { cause: error });
    }
    throw error;
  }
}

/**
 * The parse's units plus any unit a clause, duty or joint meeting names that the parse did not list
 * (imported as an unknown department, with a warning), plus the units corrections named. A unit that
 * corrections took off every task it was on, and that no duty or joint meeting names, is not created.
 */
function unitsOf(parsed: ParsedPolicy, taskRows: readonly TaskRow[], warnings: ImportWarning[]): Unit[] {
  const units = new Map<string, Unit>(parsed.units.map((unit) => [unit.name, unit]));
  const others: { unit: string; span: Span | null }[] = [
    ...parsed.duties.map(({ unit, span }) => ({ unit, span })),
    ...(parsed.jointMeeting ? membersOf(parsed.jointMeeting).map(({ unit }) => ({ unit, span: null })) : []),
  ];
  const planned = taskRows.flatMap((row) => row.assignments);
  const named: { unit: string; span: Span | null; byCorrection: boolean }[] = [
    ...planned
      .filter((assignment) => assignment.departmentId === null)
      .map(({ unit, span, namedByCorrection }) => ({ unit, span, byCorrection: namedByCorrection })),
    ...others.map((other) => ({ ...other, byCorrection: false })),
  ];
  const stillNamed = new Set(named.map(({ unit }) => unit));
  for (const { unit } of parsed.tasks.flatMap((task) => task.assignments)) {
    if (!stillNamed.has(unit)) units.delete(unit);
  }
  for (const { unit, span, byCorrection } of named) {
    if (units.has(unit)) continue;
    if (byCorrection) {
      units.set(unit, unitOfName(unit));
      continue;
    }
    warnings.push({
      code: 'UNLISTED_UNIT',
      message: `单位“${unit}”未在解析结果的单位列表中，按未知部门导入`,
      span,
    });
    units.set(unit, { name: unit, aliases: [], sector: null, kind: 'DEPARTMENT', collective: false });
  }
  return [...units.values()];
}

/**
 * The department a unit is: one named like the unit (any of its names against the department's name or
 * aliases), active before archived, exact name before alias. An archived department that was merged
 * stands for the department it was merged into.
 */
function matchDepartment(
  unit: Unit,
  candidates: readonly DepartmentMatchRow[],
  warnings: ImportWarning[],
): DepartmentMatchRow | undefined {
  const names = new Set([unit.name, ...unit.aliases]);
  const score = (department: DepartmentMatchRow): number => {
    if (department.name === unit.name) return 3;
    if (names.has(department.name)) return 2;
    return department.aliases.some((alias) => names.has(alias)) ? 1 : 0;
  };
  const ranked = candidates
    .map((department) => ({ department, score: score(department) }))
    .filter(({ score: s }) => s > 0)
    .sort((a, b) => Number(a.department.archived) - Number(b.department.archived) || b.score - a.score);
  const best = ranked[0]?.department;
  if (!best?.archived) return best;
  const survivor = best.mergedIntoId && candidates.find((department) => department.id === best.mergedIntoId);
  if (survivor) return survivor;
  warnings.push({
    code: 'ARCHIVED_DEPARTMENT',
    message: `单位“${unit.name}”对应的部门“${best.name}”已归档，仍按该部门导入，请核对`,
    span: null,
  });
  return best;
}

/**
 * The departments corrections chose, checked to be active departments of the jurisdiction (one statement, and
 * none without such corrections). One that is not is left out, so its correction fails as matching nothing.
 */
async function chosenDepartments(
  tx: EntityManager,
  jurisdictionId: Id,
  corrections: readonly CheckedCorrection[],
): Promise<Map<Id, DepartmentMatchRow & ChosenDepartment>> {
  const ids = [...new Set(corrections.flatMap(({ departmentId }) => (departmentId ? [departmentId] : [])))];
  if (ids.length === 0) return new Map();
  const rows = await select<DepartmentMatchRow>(
    tx,
    `SELECT id, name, aliases, sector, kind, collective, false AS archived, merged_into_id AS "mergedIntoId"
     FROM department
     WHERE jurisdiction_id = $1 AND id = ANY($2::uuid[]) AND archived_at IS NULL`,
    [jurisdictionId, ids],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The parse warned of two leads on a task by looking at the text; after corrections, the tasks they touched are
 * judged again on their corrected units.
 */
function recheckLeads(
  taskRows: readonly TaskRow[],
  touched: ReadonlySet<string>,
  warnings: ImportWarning[],
): void {
  const rows = taskRows.filter((row) => touched.has(row.path_key));
  const spans = new Set(rows.map((row) => `${String(row.span_start)}:${String(row.span_end)}`));
  const stale = warnings.filter(
    (warning) =>
      warning.code === 'TWO_LEADS' &&
      warning.span &&
      spans.has(`${String(warning.span.start)}:${String(warning.span.end)}`),
  );
  for (const warning of stale) warnings.splice(warnings.indexOf(warning), 1);
  for (const row of rows) {
    const leads = row.assignments.filter((assignment) => assignment.role === 'LEAD');
    if (leads.length > 1) {
      warnings.push({
        code: 'TWO_LEADS',
        message: `更正后任务“${row.path_key}”有${String(leads.length)}个牵头单位：${leads.map((lead) => lead.unit).join('、')}。`,
        span: { start: row.span_start, end: row.span_end },
      });
    }
  }
}

/** The report's view of the planned tasks: each unit with the existing department it goes to, if any. */
function reportTasksOf(
  taskRows: readonly TaskRow[],
  existingDepartmentOf: (assignment: PlanAssignment) => Id | null,
): ImportedTask[] {
  return taskRows.map((row) => ({
    path: row.path,
    pathKey: row.path_key,
    heading: row.heading,
    text: row.text,
    deadline: row.deadline,
    span: { start: row.span_start, end: row.span_end },
    assignments: row.assignments.map((assignment) => ({
      unit: assignment.unit,
      asWritten: assignment.asWritten,
      role: assignment.role,
      span: assignment.span,
      departmentId: existingDepartmentOf(assignment),
      corrected: assignment.corrected,
    })),
  }));
}

interface TaskRow {
  path: string[];
  path_key: string;
  heading: string | null;
  text: string;
  deadline: string | null;
  recurrence: string | null;
  span_start: number;
  span_end: number;
  sort_order: number;
  assignments: PlanAssignment[];
}

/** The tasks as rows, each with a path key unique in the document (a repeated path becomes `<key>#2`). */
function taskRowsOf(parsed: ParsedPolicy, warnings: ImportWarning[]): TaskRow[] {
  const seen = new Map<string, number>();
  return parsed.tasks.map((task, index) => {
    const key = pathKey(task.path);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    if (occurrence > 1) {
      warnings.push({
        code: 'DUPLICATE_PATH',
        message: `编号 ${key} 出现了第${occurrence}次，记为 ${key}#${occurrence}`,
        span: task.span,
      });
    }
    return {
      path: task.path,
      path_key: occurrence > 1 ? `${key}#${occurrence}` : key,
      heading: task.heading,
      text: task.text,
      deadline: task.deadline,
      recurrence: task.recurrence,
      span_start: task.span.start,
      span_end: task.span.end,
      sort_order: index,
      assignments: task.assignments.map((assignment) => ({
        ...assignment,
        departmentId: null,
        namedByCorrection: false,
        corrected: false,
      })),
    };
  });
}

/** One indicator per name; unit, scope and baseline from the first target that gives them. */
function indicatorsOf(parsed: ParsedPolicy) {
  const byName = new Map<
    string,
    {
      name: string;
      unit: string | null;
      scope: string | null;
      baseline_value: number | null;
      baseline_year: number | null;
    }
  >();
  for (const target of parsed.targets) {
    const name = target.indicator.trim();
    const indicator = byName.get(name) ?? {
      name,
      unit: null,
      scope: null,
      baseline_value: null,
      baseline_year: null,
    };
    indicator.unit ??= target.unit;
    indicator.scope ??= target.scope;
    if (indicator.baseline_value === null && target.baseline) {
      indicator.baseline_value = target.baseline.value;
      indicator.baseline_year = target.baseline.year;
    }
    byName.set(name, indicator);
  }
  return [...byName.values()];
}

/** Every unit of the joint meeting with its position: explicit positions first, then the named roles. */
function membersOf(
  meeting: NonNullable<ParsedPolicy['jointMeeting']>,
): { unit: string; position: MemberPosition }[] {
  const position = new Map<string, MemberPosition>();
  const give = (unit: string | null, value: MemberPosition) => {
    if (unit && !position.has(unit)) position.set(unit, value);
  };
  for (const entry of meeting.positions) give(entry.unit, entry.position);
  give(meeting.convenor, 'CONVENOR');
  for (const unit of meeting.deputyConvenors) give(unit, 'DEPUTY_CONVENOR');
  give(meeting.office, 'OFFICE');
  const order = [...new Set([...meeting.members, ...position.keys()])];
  return order.map((unit) => ({ unit, position: position.get(unit) ?? 'MEMBER' }));
}

interface PlannedAssignment {
  pathKey: string;
  departmentKey: string;
  role: AssignmentRole;
}

/** One assignment per task and department: a department named twice on a task keeps the stronger role. */
function planAssignments(
  taskRows: readonly TaskRow[],
  keyOf: (unit: string) => string,
  warnings: ImportWarning[],
): PlannedAssignment[] {
  const planned = new Map<string, PlannedAssignment>();
  for (const row of taskRows) {
    for (const assignment of row.assignments) {
      const departmentKey = assignment.departmentId ?? keyOf(assignment.unit);
      const key = `${row.path_key}\u0000${departmentKey}`;
      const previous = planned.get(key);
      if (previous) {
        warnings.push({
          code: 'DUPLICATE_ASSIGNMENT',
          message: `任务 ${row.path_key} 中同一部门被列出两次（${assignment.asWritten}），只保留一次`,
          span: assignment.span,
        });
        if (ROLE_STRENGTH[assignment.role] <= ROLE_STRENGTH[previous.role]) continue;
      }
      planned.set(key, { pathKey: row.path_key, departmentKey, role: assignment.role });
    }
  }
  return [...planned.values()];
}

/** The joint meeting's members, one per department, in the document's order. */
function planMembers(
  meeting: NonNullable<ParsedPolicy['jointMeeting']>,
  keyOf: (unit: string) => string,
): { departmentKey: string; position: MemberPosition }[] {
  const planned = new Map<string, { departmentKey: string; position: MemberPosition }>();
  for (const member of membersOf(meeting)) {
    const departmentKey = keyOf(member.unit);
    if (!planned.has(departmentKey)) planned.set(departmentKey, { departmentKey, position: member.position });
  }
  return [...planned.values()];
}
