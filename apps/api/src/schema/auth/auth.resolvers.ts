import { changeUserRole, isDbError, select, transaction } from '@lianxi/db';
import type { User } from '@lianxi/domain';
import { requireAdmin, requireUser } from '../../auth/guards.js';
import { writeAudit } from '../../audit/audit.writer.js';
import { forbidden, notFound, userError } from '../../errors.js';
import { readDepartmentAhead } from '../../features/department/look-ahead.js';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const authResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, context) => context.user,
  },
  Mutation: {
    login: async (_parent, { input }, context) => {
      if (input.username.trim() === '' || input.password === '') {
        return {
          user: null,
          token: null,
          expiresAt: null,
          errors: [userError('INVALID_INPUT', '请输入用户名和密码', 'input.username')],
        };
      }
      const outcome = await context.services.auth.login(input.username, input.password, context.requestId);
      if (!outcome.ok) {
        const error =
          outcome.reason === 'RATE_LIMITED'
            ? userError('RATE_LIMITED', '登录失败次数过多,请稍后再试')
            : userError('INVALID_CREDENTIALS', '用户名或密码错误');
        return { user: null, token: null, expiresAt: null, errors: [error] };
      }
      context.setSessionCookie(outcome.token, outcome.expiresAt);
      return { user: outcome.user, token: outcome.token, expiresAt: outcome.expiresAt, errors: [] };
    },
    logout: async (_parent, { input }, context) => {
      const user = requireUser(context);
      const ok = await context.services.auth.logout(
        user,
        context.sessionId,
        input?.everywhere ?? false,
        context.requestId,
      );
      context.setSessionCookie(null);
      return { ok, errors: [] };
    },
    /** A role change ends every session of the user (in the same transaction): the new rights apply at once. */
    changeUserRole: async (_parent, { input }, context) => {
      const admin = requireAdmin(context);
      if (admin.jurisdictionId !== null) throw forbidden('仅全局管理员可以变更用户角色');
      if (input.userId === admin.id) {
        return { user: null, errors: [userError('INVALID_INPUT', '不能变更自己的角色', 'input.userId')] };
      }
      try {
        return await transaction(context.services.db, async (tx) => {
          const [before] = await select<User>(
            tx,
            `SELECT id, username, role, department_id AS "departmentId", jurisdiction_id AS "jurisdictionId"
             FROM app_user WHERE id = $1`,
            [input.userId],
          );
          if (!before) throw notFound('用户');
          let jurisdictionId = input.jurisdictionId ?? null;
          if (input.departmentId && jurisdictionId === null) {
            const [department] = await select<{ jurisdictionId: string }>(
              tx,
              `SELECT jurisdiction_id AS "jurisdictionId" FROM department WHERE id = $1`,
              [input.departmentId],
            );
            if (!department) throw notFound('部门');
            jurisdictionId = department.jurisdictionId;
          }
          const { user, revokedSessions } = await changeUserRole(tx, input.userId, {
            role: input.role,
            departmentId: input.departmentId ?? null,
            jurisdictionId,
          });
          await writeAudit(tx, {
            actorId: admin.id,
            action: 'user.change_role',
            entity: 'app_user',
            entityId: user.id,
            before,
            after: { ...user, revokedSessions },
            requestId: context.requestId,
          });
          return { user, errors: [] };
        });
      } catch (error) {
        if (isDbError(error, 'BAD_USER_INPUT')) {
          return { user: null, errors: [userError('INVALID_INPUT', error.message, 'input.departmentId')] };
        }
        throw error;
      }
    },
  },
  User: {
    /** A user's own department, with no permission check; `me { department { tasks } }` reads its page ahead. */
    department: async (user, _args, context, info) => {
      if (!user.departmentId) return null;
      const ahead = await readDepartmentAhead(context, user.departmentId, info, () => true);
      return ahead === undefined ? context.loaders.department.load(user.departmentId) : ahead;
    },
    jurisdiction: (user, _args, context) =>
      user.jurisdictionId ? context.loaders.jurisdiction.load(user.jurisdictionId) : null,
  },
};
