import { createHash } from 'node:crypto';
import { importPolicy, isDbError, select, transaction, type ImportReport } from '@lianxi/db';
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

/** The text of the input: plain text, or an uploaded file read by the policy reader (txt, html, docx). */
async function textOf(input: ImportDocumentInput): Promise<string | UserErrorData> {
  if ((input.text == null) === (input.upload == null)) {
    return userError('INVALID_INPUT', '请提供文本或上传文件(二者选一)', 'input.text');
  }
  if (input.text != null) {
    return input.text.trim() === '' ? userError('INVALID_INPUT', '文本不能为空', 'input.text') : input.text;
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

/** The parse report: what the reader found, with the units the importer matched to existing departments. */
function reportOf(parsed: ParsedPolicy, imported: ImportReport): ParseReport {
  const matched = new Map(imported.departments.matched.map(({ unit, department }) => [unit, department.id]));
  return {
    title: imported.document.title,
    docNumber: imported.document.docNumber,
    jurisdiction: imported.jurisdiction.name,
    taskCount: imported.counts.tasks,
    assignmentCount: imported.counts.assignments,
    unitsMatched: [...matched.keys()],
    unitsNew: imported.departments.created.map((department) => department.name),
    warnings: imported.warnings.map(({ code, message }) => ({ code, message })),
    tasks: parsed.tasks.map((task) => ({
      path: task.path,
      heading: task.heading,
      text: task.text,
      deadline: task.deadline,
      assignments: task.assignments.map((assignment) => ({
        unit: assignment.unit,
        asWritten: assignment.asWritten,
        role: assignment.role,
        departmentId: matched.get(assignment.unit) ?? null,
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
    removedNoise: parsed.cleaning.removed.reduce((sum, piece) => sum + piece.count, 0),
  };
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
      const key = input.idempotencyKey?.trim() ?? '';
      const scope = `${user.id}:importDocument`;
      const requestHash = createHash('sha256')
        .update(JSON.stringify([text, dryRun, input.jurisdiction ?? null]))
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
          const jurisdiction = input.jurisdiction?.trim();
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
              ...(jurisdiction ? { jurisdiction } : {}),
            });
          } catch (error) {
            if (isDbError(error, 'BAD_USER_INPUT')) {
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
