import type { User } from '@lianxi/domain';
import type { Context } from '../context.js';
import { forbidden, unauthenticated } from '../errors.js';

export function requireUser(context: Context): User {
  if (!context.user) throw unauthenticated();
  return context.user;
}

export function requireAdmin(context: Context): User {
  const user = requireUser(context);
  if (user.role !== 'ADMIN') throw forbidden('仅管理员可以执行此操作');
  return user;
}

/** Whether the user may read things of this jurisdiction (an ADMIN or a user without one reads all). */
export function readsJurisdiction(user: User, jurisdictionId: string): boolean {
  return user.role === 'ADMIN' || user.jurisdictionId === null || user.jurisdictionId === jurisdictionId;
}
