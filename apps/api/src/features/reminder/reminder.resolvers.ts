import { can, type Reminder } from '@lianxi/domain';
import { requireAdmin, requireUser } from '../../auth/guards.js';
import { writeAudit } from '../../audit/audit.writer.js';
import { notFound, userError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { assignmentScope } from '../task/task.resolvers.js';

export const reminderResolvers: Resolvers = {
  Query: {
    myReminders: async (_parent, { unreadOnly }, context) => {
      const user = requireUser(context);
      if (!user.departmentId) return [];
      const query = context.services.db
        .getRepository<Reminder>('reminder')
        .createQueryBuilder('r')
        .innerJoin('assignment', 'a', 'a.id = r.assignment_id')
        .where('a.department_id = :departmentId', { departmentId: user.departmentId })
        .orderBy('r.sent_at', 'DESC');
      if (unreadOnly) query.andWhere('r.read_at IS NULL');
      return query.getMany();
    },
  },
  Mutation: {
    sendReminder: async (_parent, { input }, context) => {
      const user = requireAdmin(context);
      const scope = await assignmentScope(context, input.assignmentId);
      if (!scope || !can(user, 'SEND_REMINDER', { jurisdictionId: scope.jurisdictionId }))
        throw notFound('分工');
      const message = input.message.trim();
      if (message === '')
        return { reminder: null, errors: [userError('INVALID_INPUT', '提醒内容不能为空', 'input.message')] };
      return context.services.db.transaction(async (manager) => {
        const saved = await manager
          .getRepository<Reminder>('reminder')
          .save({ assignmentId: input.assignmentId, message, sentBy: user.id, readAt: null });
        const reminder = await manager.getRepository<Reminder>('reminder').findOneByOrFail({ id: saved.id });
        await writeAudit(manager, {
          actorId: user.id,
          action: 'reminder.send',
          entity: 'reminder',
          entityId: reminder.id,
          before: null,
          after: reminder,
          requestId: context.requestId,
        });
        return { reminder, errors: [] };
      });
    },
    markReminderRead: async (_parent, { input }, context) => {
      const user = requireUser(context);
      const reminder = await context.services.db
        .getRepository<Reminder>('reminder')
        .findOneBy({ id: input.reminderId });
      const scope = reminder ? await assignmentScope(context, reminder.assignmentId) : null;
      if (
        !reminder ||
        !scope ||
        !can(user, 'MARK_REMINDER_READ', {
          jurisdictionId: scope.jurisdictionId,
          departmentId: scope.assignment.departmentId,
        })
      ) {
        throw notFound('提醒');
      }
      if (reminder.readAt) return { reminder, errors: [] };
      return context.services.db.transaction(async (manager) => {
        await manager.getRepository('reminder').update({ id: reminder.id }, { readAt: () => 'now()' });
        const after = await manager.getRepository<Reminder>('reminder').findOneByOrFail({ id: reminder.id });
        await writeAudit(manager, {
          actorId: user.id,
          action: 'reminder.read',
          entity: 'reminder',
          entityId: reminder.id,
          before: reminder,
          after,
          requestId: context.requestId,
        });
        return { reminder: after, errors: [] };
      });
    },
  },
  Reminder: {
    assignment: async (reminder, _args, context) =>
      (await context.loaders.assignment.load(reminder.assignmentId)) ??
      Promise.reject(new Error('assignment missing')),
    sentBy: (reminder, _args, context) => context.loaders.user.load(reminder.sentBy),
  },
};
