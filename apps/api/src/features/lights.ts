import {
  assignmentLight,
  calendarDateOf,
  type Assignment,
  type StatusLight,
  type Task,
} from '@lianxi/domain';
import type { Context } from '../context.js';

/** An assignment's light from its task's deadline and its latest report (both loaded through DataLoaders). */
export async function lightOf(assignment: Assignment, context: Context): Promise<StatusLight> {
  const [task, reports] = await Promise.all([
    context.loaders.task.load(assignment.taskId),
    context.loaders.reportsByAssignment.load(assignment.id),
  ]);
  return lightFor(task, reports[0] ?? null);
}

export function lightFor(
  task: Pick<Task, 'deadline' | 'recurrence'> | null,
  latest: Parameters<typeof assignmentLight>[0]['latestReport'],
): StatusLight {
  return assignmentLight({
    deadline: task?.deadline ?? null,
    latestReport: latest,
    today: calendarDateOf(new Date()),
    recurring: task?.recurrence != null,
  }).light;
}
