/**
 * parsePolicy: the whole reading of one plan, deterministic and total — any string gives a ParsedPolicy, with
 * warnings where the text is odd, never an exception.
 *
 * Stages: clean → lines → document (metadata, jurisdiction, where the plan body lies) → tasks and their clauses →
 * units (list style, canonical names) → assignments → targets → joint meeting → duties → warnings.
 */
import type { AssignmentRole } from '@lianxi/domain';
import { cleanText } from './clean.js';
import { type Clause, statesFirstListedLeads } from './clauses.js';
import { readDocument, selfPrefixOf } from './document.js';
import { readDuties } from './duties.js';
import { readJointMeeting } from './joint-meeting.js';
import { readTargets } from './targets.js';
import { readTasks } from './tasks.js';
import { DATE_LINE, splitLines } from './text.js';
import type {
  CleaningReport,
  ParsedAssignment,
  ParsedPolicy,
  ParsedTask,
  ParseOptions,
  ParseWarning,
} from './types.js';
import { UnitRegistry, usesSharedPrefix } from './units.js';

const ROLE_STRENGTH: Record<AssignmentRole, number> = { LEAD: 3, SUPPORT: 2, LOCAL: 1 };
const NOISE_LABELS: Partial<Record<CleaningReport['removed'][number]['rule'], string>> = {
  SYMBOL_RUN: '装饰符号',
  REPEATED_TOKEN: '插入的广告词或重复词',
  NAVIGATION: '导航内容',
  FOOTER: '页脚内容',
  DUPLICATE_LINE: '重复行',
  CONTROL_CHARACTER: '控制字符',
};

function noiseWarning(report: CleaningReport): ParseWarning | null {
  const totals = new Map<string, number>();
  for (const { rule, count } of report.removed) {
    const label = NOISE_LABELS[rule];
    if (label) totals.set(label, (totals.get(label) ?? 0) + count);
  }
  if (totals.size === 0) return null;
  const parts = [...totals].map(([label, count]) => `${label}${count}处`);
  return {
    code: 'NOISE_REMOVED',
    message: `已清除网页噪声：${parts.join('，')}。清除内容见清理报告。`,
    span: null,
  };
}

function emptyPolicy(text: string, cleaning: CleaningReport, warnings: ParseWarning[]): ParsedPolicy {
  return {
    document: {
      title: '',
      docNumber: null,
      issuer: null,
      issuedOn: null,
      status: 'EFFECTIVE',
      validityNote: null,
      cites: [],
    },
    jurisdiction: null,
    tasks: [],
    targets: [],
    jointMeeting: null,
    duties: [],
    units: [],
    cleaning,
    warnings: [
      ...warnings,
      { code: 'EMPTY_TEXT', message: '文本为空：清理后没有可解析的内容。', span: null },
    ],
    text,
  };
}

function assignmentsOf(
  clauses: Clause[],
  registry: UnitRegistry,
  firstListedLeads: boolean,
  warnings: ParseWarning[],
): ParsedAssignment[] {
  const assignments: ParsedAssignment[] = [];
  for (const clause of clauses) {
    if (clause.units.length === 0) {
      warnings.push({
        code: 'CLAUSE_WITHOUT_UNITS',
        message: '责任条款中没有可识别的单位。',
        span: { start: clause.start, end: clause.end },
      });
      continue;
    }
    let listedLeadTaken = false;
    for (const written of clause.units) {
      const unit = registry.resolve(written.asWritten);
      if (!unit) continue;
      let role: AssignmentRole;
      if (unit.collective) role = 'LOCAL';
      else if (written.role === 'LEAD') role = 'LEAD';
      else if (written.role === 'SUPPORT') role = 'SUPPORT';
      else if (firstListedLeads && !listedLeadTaken) {
        role = 'LEAD';
        listedLeadTaken = true;
      } else role = 'SUPPORT';
      const existing = assignments.find((assignment) => assignment.unit === unit.name);
      if (existing) {
        if (ROLE_STRENGTH[role] > ROLE_STRENGTH[existing.role]) existing.role = role;
        continue;
      }
      assignments.push({
        unit: unit.name,
        role,
        asWritten: written.asWritten,
        span: { start: written.start, end: written.end },
      });
    }
  }
  return assignments;
}

/** The text ends in the middle of a sentence (a cut-off copy). */
function truncationWarning(lines: { text: string; start: number; end: number }[]): ParseWarning | null {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index];
    if (!line || line.text.length === 0) continue;
    const complete = /[。！？!?；;…」』”’）)〕】》.]$/u.test(line.text);
    if (complete || line.text.length < 20 || !/\p{Script=Han}/u.test(line.text) || DATE_LINE.test(line.text))
      return null;
    const tail = Array.from(line.text).slice(-12).join('');
    return {
      code: 'TRUNCATED_TEXT',
      message: `文本在句中结束（“…${tail}”），可能不完整。`,
      span: { start: Math.max(line.start, line.end - tail.length), end: line.end },
    };
  }
  return null;
}

export function parsePolicy(input: string, options: ParseOptions = {}): ParsedPolicy {
  // Callers in plain JavaScript may pass anything; the contract is "never throws".
  const given: unknown = input;
  const raw = typeof given === 'string' ? given : '';
  const { text, report } = cleanText(raw);
  const warnings: ParseWarning[] = [];
  const noise = noiseWarning(report);
  if (noise) warnings.push(noise);
  if (text.trim().length === 0) return emptyPolicy(text, report, warnings);

  const lines = splitLines(text);
  const { document, jurisdiction, layout } = readDocument(lines, text, options.jurisdiction);
  const { tasks: drafts, issues } = readTasks(lines, layout.bodyStart, layout.bodyEnd);
  for (const issue of issues)
    warnings.push({ code: issue.code, message: issue.message, span: drafts[issue.item]?.span ?? null });

  // The document's own statement matters only when the caller turned the default off.
  const firstListedLeads = options.firstListedLeads !== false || statesFirstListedLeads(text);
  const registry = new UnitRegistry({
    selfPrefix: selfPrefixOf(jurisdiction),
    jurisdictionName: jurisdiction?.name ?? null,
    sharedPrefix: usesSharedPrefix(
      drafts.flatMap((draft) => draft.clauses.map((clause) => clause.units.map((unit) => unit.asWritten))),
    ),
  });

  const tasks: ParsedTask[] = drafts.map((draft) => {
    const assignments = assignmentsOf(draft.clauses, registry, firstListedLeads, warnings);
    const leads = assignments.filter((assignment) => assignment.role === 'LEAD');
    if (leads.length > 1) {
      warnings.push({
        code: 'TWO_LEADS',
        message: `任务“${draft.path.join('/')}”有${leads.length}个牵头单位：${leads.map((lead) => lead.unit).join('、')}。`,
        span: draft.span,
      });
    }
    return {
      path: draft.path,
      heading: draft.heading,
      text: draft.text,
      span: draft.span,
      deadline: draft.deadline,
      recurrence: draft.recurrence,
      assignments,
    };
  });

  const targets = readTargets(lines, layout.bodyStart, layout.bodyEnd);
  const jointMeeting = readJointMeeting(lines, registry);
  const { duties, gaps } = readDuties(lines, layout.bodyEnd, registry);
  for (const gap of gaps) warnings.push({ code: 'NUMBERING_GAP', message: gap.message, span: gap.span });

  const truncated = truncationWarning(lines);
  if (truncated) warnings.push(truncated);
  if (tasks.length === 0)
    warnings.push({ code: 'NO_TASKS', message: '没有找到编号的任务条目。', span: null });
  const units = registry.units();
  for (const unit of units) {
    if (unit.known) continue;
    const first =
      tasks.flatMap((task) => task.assignments).find((assignment) => assignment.unit === unit.name)?.span ??
      duties.find((duty) => duty.unit === unit.name)?.span ??
      null;
    warnings.push({
      code: 'UNKNOWN_UNIT',
      message: `未能识别的单位名称：“${unit.name}”，请核对。`,
      span: first,
    });
  }

  return {
    document,
    jurisdiction,
    tasks,
    targets,
    jointMeeting,
    duties,
    units,
    cleaning: report,
    warnings,
    text,
  };
}
