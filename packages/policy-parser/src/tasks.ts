/**
 * Tasks: the numbered items of the plan body, in a tree.
 *
 * An item is its marker line plus the unnumbered paragraphs after it (红旗区's second paragraph of
 * "3.落实备案管理" with its own clause; 山西's paragraph under "(二)加强用地和房屋保障。"). A short loose line
 * (a stray "责分工") is no paragraph and joins no item.
 *
 * Clauses belong to the innermost item whose text holds them. A parent's clause stays the parent's: children do
 * not inherit it (the matrix can still show the parent row), because a document that writes a clause on a parent
 * and others on its children means the parent's units for the parent's own text.
 */
import type { Recurrence } from '@lianxi/domain';
import type { Clause } from './clauses.js';
import { findClauses } from './clauses.js';
import { buildTree, type Marker, type NumberingIssue, readMarker } from './numbering.js';
import { endOfMonth, isoDate, type Line } from './text.js';

export interface TaskDraft {
  path: string[];
  parent: number | null;
  marker: Marker;
  heading: string | null;
  text: string;
  span: { start: number; end: number };
  deadline: string | null;
  recurrence: Recurrence | null;
  clauses: Clause[];
}

interface ItemLines {
  marker: Marker;
  /** The marker line, then the paragraphs that continue the item. */
  first: Line;
  lines: Line[];
}

const SENTENCE_END = /[。；;！？!?]/u;

/** The marker line's own text is only a heading: one short phrase, at most ending in 。 */
function looksLikeHeading(rest: string): boolean {
  const body = rest.replace(/[。：:；;]$/u, '');
  return body.length > 0 && body.length <= 40 && !SENTENCE_END.test(body);
}

function collectItems(lines: Line[], from: number, to: number): ItemLines[] {
  const items: ItemLines[] = [];
  for (let index = from; index < to; index++) {
    const line = lines[index];
    if (!line || line.text.length === 0) continue;
    const marker = readMarker(line.text);
    if (marker) {
      items.push({ marker, first: line, lines: [line] });
      continue;
    }
    const current = items[items.length - 1];
    if (current && (line.text.length >= 10 || /[。；！？）)〕]$/u.test(line.text))) current.lines.push(line);
  }
  return items;
}

/** Text without its clauses (for deciding whether more than a heading is there). */
function withoutClauses(text: string, clauses: Clause[], base: number): string {
  let result = '';
  let from = 0;
  for (const clause of clauses) {
    const start = clause.start - base;
    const end = clause.end - base;
    if (start < from || start > text.length) continue;
    result += text.slice(from, start);
    from = Math.min(end, text.length);
  }
  return result + text.slice(from);
}

function headingOf(rest: string, hasMore: boolean, clauses: Clause[], base: number): string | null {
  const plain = withoutClauses(rest, clauses, base).trim();
  if (looksLikeHeading(plain) && (hasMore || !/[。]$/u.test(plain))) return plain.replace(/[。：:；;]$/u, '');
  const end = plain.search(/[。！？!?]/u);
  if (end <= 0) return null;
  const first = plain.slice(0, end);
  const after = plain.slice(end + 1).trim();
  if (first.length > 30 || /\d/u.test(first) || /[；;]/u.test(first)) return null;
  return after.length > 0 || hasMore ? first : null;
}

/**
 * 到2025年 → 2025-12-31; 2020年底前 → 2020-12-31; 2021年3月10日前 → 2021-03-10. The latest one wins: a task
 * with stages (到2023年…到2025年…) is done when the last stage is.
 */
export function deadlineOf(text: string): string | null {
  let latest: string | null = null;
  const pattern =
    /(到|至|截止到|截止|于)?((?:19|20)\d{2})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?(底|末|年底|年末)?(前|之前|以前)?/gu;
  for (const match of text.matchAll(pattern)) {
    const before = text.slice(Math.max(0, match.index - 1), match.index);
    // 截至2021年底 states how things stood then (a baseline), not when something is due.
    if (text.slice(Math.max(0, match.index - 2), match.index + (match[1]?.length ?? 0)).endsWith('截至'))
      continue;
    const after = text.charAt(match.index + match[0].length);
    if (/[从自]/u.test(before) || after === '起' || text.startsWith('以来', match.index + match[0].length))
      continue;
    const explicit = match[1] !== undefined || match[5] !== undefined || match[6] !== undefined;
    if (!explicit) continue;
    const year = Number(match[2]);
    const month = match[3] ? Number(match[3]) : null;
    const day = match[4] ? Number(match[4]) : null;
    const date =
      month === null
        ? isoDate(year, 12, 31)
        : day === null
          ? endOfMonth(year, month)
          : isoDate(year, month, day);
    if (date && (latest === null || date > latest)) latest = date;
  }
  return latest;
}

/** 每年 → ANNUAL, 每季度 → QUARTERLY, 每月 → MONTHLY; rates such as 每人每月 are no recurrence. */
export function recurrenceOf(text: string): Recurrence | null {
  const match = /(?<![人户千万百])每(季度|季|年|月)/u.exec(text);
  if (!match) return null;
  if (match[1] === '年') return 'ANNUAL';
  if (match[1] === '月') return 'MONTHLY';
  return 'QUARTERLY';
}

export function readTasks(
  lines: Line[],
  from: number,
  to: number,
): { tasks: TaskDraft[]; issues: NumberingIssue[] } {
  const items = collectItems(lines, from, to);
  const firstItemLine = items[0]?.first.index ?? to;
  const paragraphsBefore = lines
    .slice(from, firstItemLine)
    .filter((line) => line.text.length >= 30 && /[。]/u.test(line.text)).length;
  const { nodes, issues } = buildTree(
    items.map(({ marker, first }) => ({
      marker,
      headingOnly: looksLikeHeading(first.text.slice(marker.length)),
    })),
    // A preamble is one paragraph; more before the first item were a section whose heading was lost.
    { contentBeforeFirstItem: paragraphsBefore >= 2 },
  );
  const hasChildren = new Set(nodes.map((node) => node.parent).filter((parent) => parent !== null));
  const tasks = items.map(({ marker, first, lines: own }, index): TaskDraft => {
    const last = own[own.length - 1] ?? first;
    const restStart = first.start + marker.length;
    const rest = first.text.slice(marker.length);
    const clauses = own.flatMap((line, lineIndex) =>
      lineIndex === 0 ? findClauses(rest, restStart) : findClauses(line.text, line.start),
    );
    const text = [rest, ...own.slice(1).map((line) => line.text)].join('\n');
    const node = nodes[index];
    return {
      path: node?.path ?? [marker.label],
      parent: node?.parent ?? null,
      marker,
      heading: headingOf(rest, own.length > 1 || hasChildren.has(index), clauses, restStart),
      text,
      span: { start: first.start, end: last.end },
      deadline: deadlineOf(text),
      recurrence: recurrenceOf(text),
      clauses,
    };
  });
  return { tasks, issues };
}
