import type { Span } from '@lianxi/domain';
import type { ParsedPolicy } from '../src/index.js';

/** Every span a parse holds: tasks, assignments, targets, duties, warnings and the joint meeting. */
export function spansOf(parsed: ParsedPolicy): Span[] {
  return [
    ...parsed.tasks.map((task) => task.span),
    ...parsed.tasks.flatMap((task) => task.assignments.map((assignment) => assignment.span)),
    ...parsed.targets.map((target) => target.span),
    ...parsed.duties.map((duty) => duty.span),
    ...parsed.warnings.flatMap((warning) => (warning.span ? [warning.span] : [])),
    ...(parsed.jointMeeting ? [parsed.jointMeeting.span] : []),
  ];
}
