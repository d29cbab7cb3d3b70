/** A stretch of the source text: offsets into `sourceText` in UTF-16 code units, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export type SourceSegment =
  /** Plain text; `task` is the index of the task whose span holds it, `warned` when a warning points at it. */
  | { kind: 'text'; text: string; task: number | null; warned: boolean }
  /** A unit as the plan writes it: task index and the unit's index among that task's assignments. */
  | { kind: 'unit'; text: string; task: number; unit: number; warned: boolean }
  /** Where a task starts: the review puts its number here, a target to jump to. */
  | { kind: 'task-start'; task: number }
  /** Where a warning points: a numbered marker the warnings list links to. */
  | { kind: 'warning-start'; warning: number };

interface SpanSource {
  tasks: readonly { span: TextSpan; assignments: readonly { span?: TextSpan | null }[] }[];
  warnings: readonly { span?: TextSpan | null }[];
}

interface Event {
  at: number;
  order: number;
  apply: () => void;
}

const clamp = (value: number, length: number) => Math.max(0, Math.min(length, value));

/**
 * Cuts the source text into segments for the review: plain stretches (marked with the task they belong to and
 * whether a warning points there), the units as written, and zero-width marks where each task and warning
 * starts. The segments' texts put together are the source text exactly. Spans that are out of range are
 * clamped; a unit whose span overlaps an earlier unit's is not marked in the text (it is still in the table).
 * A sweep over the span boundaries: O(n log n) in the number of spans, whatever the text's length.
 */
export function sourceSegments(text: string, report: SpanSource): SourceSegment[] {
  const length = text.length;
  const units = report.tasks
    .flatMap((task, taskIndex) =>
      task.assignments.flatMap((assignment, unitIndex) =>
        assignment.span
          ? [
              {
                task: taskIndex,
                unit: unitIndex,
                start: clamp(assignment.span.start, length),
                end: clamp(assignment.span.end, length),
              },
            ]
          : [],
      ),
    )
    .filter((unit) => unit.end > unit.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof units = [];
  for (const unit of units) {
    const last = kept.at(-1);
    if (!last || unit.start >= last.end) kept.push(unit);
  }

  const events: Event[] = [];
  const activeTasks: number[] = [];
  let warned = 0;
  const marks = new Map<number, SourceSegment[]>();
  const mark = (at: number, segment: SourceSegment) => {
    const list = marks.get(at) ?? [];
    list.push(segment);
    marks.set(at, list);
  };
  report.tasks.forEach((task, index) => {
    const start = clamp(task.span.start, length);
    const end = clamp(task.span.end, length);
    mark(start, { kind: 'task-start', task: index });
    if (end <= start) return;
    events.push({ at: start, order: 1, apply: () => activeTasks.push(index) });
    events.push({ at: end, order: 0, apply: () => activeTasks.splice(activeTasks.indexOf(index), 1) });
  });
  report.warnings.forEach((warning, index) => {
    if (!warning.span) return;
    const start = clamp(warning.span.start, length);
    const end = clamp(warning.span.end, length);
    mark(start, { kind: 'warning-start', warning: index });
    if (end <= start) return;
    events.push({ at: start, order: 1, apply: () => (warned += 1) });
    events.push({ at: end, order: 0, apply: () => (warned -= 1) });
  });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  const cuts = [
    ...new Set([
      0,
      length,
      ...events.map((e) => e.at),
      ...marks.keys(),
      ...kept.flatMap((u) => [u.start, u.end]),
    ]),
  ]
    .filter((at) => at >= 0 && at <= length)
    .sort((a, b) => a - b);

  const segments: SourceSegment[] = [];
  let next = 0;
  let unitAt = 0;
  const currentTask = () => activeTasks.at(-1) ?? null;
  const advance = (to: number) => {
    while (next < events.length && (events[next]?.at ?? Infinity) <= to) {
      events[next]?.apply();
      next += 1;
    }
  };
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i] ?? 0;
    advance(at);
    segments.push(...(marks.get(at) ?? []));
    if (at >= length) break;
    const unit = kept[unitAt];
    if (unit?.start === at) {
      // Marks that fall inside the unit go before it, so the unit stays one piece.
      for (const [position, list] of marks) if (position > at && position < unit.end) segments.push(...list);
      segments.push({
        kind: 'unit',
        text: text.slice(unit.start, unit.end),
        task: unit.task,
        unit: unit.unit,
        warned: warned > 0,
      });
      unitAt += 1;
      while (i + 1 < cuts.length && (cuts[i + 1] ?? 0) < unit.end) {
        i += 1;
        advance(cuts[i] ?? 0);
      }
      continue;
    }
    const end = cuts[i + 1] ?? length;
    if (end > at)
      segments.push({ kind: 'text', text: text.slice(at, end), task: currentTask(), warned: warned > 0 });
  }
  return segments;
}
