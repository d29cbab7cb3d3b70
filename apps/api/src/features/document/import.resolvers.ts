import { createHash } from 'node:crypto';
import {
  importPolicy,
  isDbError,
  select,
  transaction,
  type ImportCorrection,
  type ImportReport,
} from '@lianxi/db';
import { can, type PolicyDocument } from '@lianxi/domain';
import { parsePolicy, PolicyFileError, readPolicyFile, type ParsedPolicy } from '@lianxi/policy-parser';
import { requireAdmin } from '../../auth/guards.js';
import { writeAudit } from '../../audit/audit.writer.js';
import type { Context } from '../../context.js';
import { badInput, forbidden, userError, type UserErrorData } from '../../errors.js';
import type { ImportDocumentInput, ParseReport, Resolvers } from '../../generated/resolvers-types.js';

interface StoredImport {
  report: ParseReport;
  result: {
    documentId: string;
    created: boolean;
    outcome: ImportReport['document']['outcome'];
    revision: number;
  } | null;
}

const failed = (error: UserErrorData) => ({ report: null, result: null, errors: [error] });
/**
 * A lone UTF-16 surrogate (possible in JSON, never in real text) becomes U+FFFD: PostgreSQL rejects it in jsonb
 * (the audit row) and a text column, which would fail the import after the parse.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, '\ufffd');
// eslint-disable-next-line no-control-regex -- refusing control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The text of the input: plain text, or an uploaded file read by the policy reader (txt, html, docx). */
async function textOf(input: ImportDocumentInput): Promise<string | UserErrorData> {
  if ((input.text == null) === (input.upload == null)) {
    return userError('INVALID_INPUT', '请提供文本或上传文件(二者选一)', 'input.text');
  }
  if (input.text != null) {
    return input.text.trim() === ''
      ? userError('INVALID_INPUT', '文本不能为空', 'input.text')
      : wellFormed(input.text);
  }
  const upload = input.upload;
  if (!upload) return userError('INVALID_INPUT', '请上传文件', 'input.upload');
  if (!/^[A-Za-z0-9+/=\s_-]*$/.test(upload.content)) {
    return userError('INVALID_INPUT', '上传内容不是有效的 base64 编码', 'input.upload.content');
  }
  try {
    return (await readPolicyFile(Buffer.from(upload.content, 'base64'), upload.fileName)).text;
  } catch (error) {
    if (error instanceof PolicyFileError)
      return userError('UNPARSABLE_DOCUMENT', error.message, 'input.upload');
    throw error;
  }
}

/**
 * The parse report: what the reader found with the office's corrections applied (the importer's plan), each
 * task and unit with its place in the cleaned text, and the units matched to existing departments.
 */
function reportOf(parsed: ParsedPolicy, imported: ImportReport): ParseReport {
  return {
    title: imported.document.title,
    docNumber: imported.document.docNumber,
    jurisdiction: imported.jurisdiction.name,
    jurisdictionId: imported.jurisdiction.created ? null : imported.jurisdiction.id,
    taskCount: imported.counts.tasks,
    assignmentCount: imported.counts.assignments,
    unitsMatched: imported.departments.matched.map(({ unit }) => unit),
    unitsNew: imported.departments.created.map((department) => department.name),
    warnings: imported.warnings.map(({ code, message, span }) => ({ code, message, span })),
    tasks: imported.tasks.map((task) => ({
      path: task.path,
      heading: task.heading,
      text: task.text,
      deadline: task.deadline,
      span: task.span,
      assignments: task.assignments.map((assignment) => ({
        unit: assignment.unit,
        asWritten: assignment.asWritten,
        role: assignment.role,
        departmentId: assignment.departmentId,
        span: assignment.span,
        corrected: assignment.corrected,
      })),
    })),
    targets: parsed.targets.map((target) => ({
      indicator: target.indicator,
      comparator: target.comparator,
      value: target.value,
      unit: target.unit,
      year: target.year,
      baseline: target.baseline,
    })),
    removedNoise: parsed.cleaning.removed.map(({ rule, token, count }) => ({ rule, token, count })),
    removedChars: parsed.cleaning.removedChars,
    sourceText: parsed.text,
    correctionCount: imported.corrections.length,
  };
}

/** The corrections as the importer takes them (GraphQL's absent and null both mean "not given"). */
function correctionsOf(input: ImportDocumentInput): ImportCorrection[] {
  return (input.corrections ?? []).map((correction) => ({
    action: correction.action,
    taskPath: correction.taskPath.map(wellFormed),
    unitName: wellFormed(correction.unitName),
    departmentId: correction.departmentId ?? null,
    newUnitName: correction.newUnitName == null ? null : wellFormed(correction.newUnitName),
    role: correction.role ?? null,
  }));
}

async function answer(context: Context, stored: StoredImport) {
  let result = null;
  if (stored.result) {
    context.loaders.document.clear(stored.result.documentId);
    const document = await context.loaders.document.load(stored.result.documentId);
    if (document) result = { ...stored.result, document: document satisfies PolicyDocument };
  }
  return { report: stored.report, result, errors: [] };
}

export const importResolvers: Resolvers = {
  Mutation: {
    /**
     * Reads, parses and imports a plan (ADMIN) through the same importer as the first start and the CLI.
     * dryRun parses and matches without writing; an idempotency key replays the first answer.
     */
    importDocument: async (_parent, { input }, context) => {
      const user = requireAdmin(context);
      const text = await textOf(input);
      if (typeof text !== 'string') return failed(text);
      const dryRun = input.dryRun ?? false;
      const corrections = correctionsOf(input);
      const key = input.idempotencyKey?.trim() ?? '';
      // PostgreSQL text holds no NUL and the keys and names are short: refused here, not as a failed statement.
      if (key.length > 200 || CONTROL.test(key)) {
        return failed(
          userError('INVALID_INPUT', '幂等键无效:最多200个字符,不能含控制字符', 'input.idempotencyKey'),
        );
      }
      if (
        input.jurisdiction != null &&
        (input.jurisdiction.length > 100 || CONTROL.test(input.jurisdiction))
      ) {
        return failed(
          userError('INVALID_INPUT', '行政区划名称无效:最多100个字符,不能含控制字符', 'input.jurisdiction'),
        );
      }
      const scope = `${user.id}:importDocument`;
      // Without corrections the hash is what it always was, so keys stored before corrections existed still
      // recognise their requests.
      const requestHash = createHash('sha256')
        .update(
          JSON.stringify(
            corrections.length > 0
              ? [text, dryRun, input.jurisdiction ?? null, corrections]
              : [text, dryRun, input.jurisdiction ?? null],
          ),
        )
        .digest('hex');
      // One transaction per import, and one import per key at a time: concurrent replays of a key wait on the
      // advisory lock, then find the stored answer (apps/reliability's concurrency test sends 100 at once).
      const outcome = await transaction(
        context.services.db,
        async (db): Promise<StoredImport | UserErrorData> => {
          if (key !== '') {
            await db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`${scope}:${key}`]);
            const [previous] = await select<{ requestHash: string; response: StoredImport }>(
              db,
              `SELECT request_hash AS "requestHash", response FROM idempotency_key WHERE scope = $1 AND key = $2`,
              [scope, key],
            );
            if (previous) {
              if (previous.requestHash !== requestHash) {
                throw badInput('该幂等键已用于另一次导入,请换一个键', 'input.idempotencyKey');
              }
              return previous.response;
            }
          }

          const parsed = parsePolicy(text);
          if (parsed.tasks.length === 0 && parsed.document.title.trim() === '') {
            return userError('UNPARSABLE_DOCUMENT', '未能从文本中识别出标题或任务,请确认这是一份政策文件');
          }
          const jurisdiction = input.jurisdiction == null ? undefined : wellFormed(input.jurisdiction.trim());
          if (user.jurisdictionId !== null) {
            // A jurisdiction's own admin imports only into it: checked on the name the import will use.
            const [own] = await select<{ name: string }>(db, 'SELECT name FROM jurisdiction WHERE id = $1', [
              user.jurisdictionId,
            ]);
            const target = jurisdiction ?? parsed.jurisdiction?.name;
            if (!own || target !== own.name) throw forbidden('只能向本行政区划导入文件');
          } else if (!can(user, 'IMPORT_DOCUMENT')) {
            throw forbidden();
          }
          let imported: ImportReport;
          try {
            imported = await importPolicy(db, parsed, {
              dryRun,
              corrections,
              ...(jurisdiction ? { jurisdiction } : {}),
            });
          } catch (error) {
            if (isDbError(error, 'BAD_USER_INPUT')) {
              // A correction that matches nothing: the review sent something the plan does not hold. The
              // transaction rolls back, so nothing of the import is written.
              const index = error.details.correction;
              if (typeof index === 'number') {
                const field = typeof error.details.field === 'string' ? `.${error.details.field}` : '';
                throw badInput(error.message, `input.corrections.${String(index)}${field}`);
              }
              if (error.details.field === 'corrections') throw badInput(error.message, 'input.corrections');
              return userError('INVALID_INPUT', error.message, 'input.jurisdiction');
            }
            throw error;
          }
          const stored: StoredImport = {
            report: reportOf(parsed, imported),
            result: dryRun
              ? null
              : {
                  documentId: imported.document.id,
                  created: imported.document.outcome !== 'UNCHANGED',
                  outcome: imported.document.outcome,
                  revision: imported.document.revision,
                },
          };
          if (!dryRun || key !== '') {
            await transaction(db, async (manager) => {
              if (key !== '') {
                await manager.query(
                  `INSERT INTO idempotency_key (key, scope, request_hash, response) VALUES ($1, $2, $3, $4)
               ON CONFLICT DO NOTHING`,
                  [key, scope, requestHash, JSON.stringify(stored)],
                );
              }
              if (!dryRun) {
                await writeAudit(manager, {
                  actorId: user.id,
                  action: 'document.import',
                  entity: 'policy_document',
                  entityId: imported.document.id,
                  before: null,
                  after: {
                    title: imported.document.title,
                    outcome: imported.document.outcome,
                    revision: imported.document.revision,
                    counts: imported.counts,
                    ...(imported.corrections.length > 0
                      ? {
                          corrections: imported.corrections.map(({ index: _, ...correction }) => correction),
                        }
                      : {}),
                  },
                  requestId: context.requestId,
                });
              }
            });
          }
          return stored;
        },
      );
      if ('code' in outcome) return failed(outcome);
      return answer(context, outcome);
    },
  },
};
