import {
  assignmentLight,
  calendarDateOf,
  type Assignment,
  type IsoDate,
  type StatusLight,
  type Task,
} from '@lianxi/domain';
import type { Context } from '../context.js';

/**
 * An assignment's light from its task's deadline, its latest report and its document's issue date (reporting
 * starts then), all through DataLoaders — the same inputs the matrix, the task list and 总览 use.
 */
export async function lightOf(assignment: Assignment, context: Context): Promise<StatusLight> {
  const [task, reports] = await Promise.all([
    context.loaders.task.load(assignment.taskId),
    context.loaders.reportsByAssignment.load(assignment.id),
  ]);
  const document = task?.documentId ? await context.loaders.documentHeader.load(task.documentId) : null;
  return lightFor(task, reports[0] ?? null, document?.issuedOn ?? null);
}

function lightFor(
  task: Pick<Task, 'deadline' | 'recurrence'> | null,
  latest: Parameters<typeof assignmentLight>[0]['latestReport'],
  startedOn: IsoDate | null = null,
): StatusLight {
  return assignmentLight({
    deadline: task?.deadline ?? null,
    latestReport: latest,
    today: calendarDateOf(new Date()),
    startedOn,
    recurring: task?.recurrence != null,
  }).light;
}
