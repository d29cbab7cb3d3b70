import { can as domainCan, type Action } from '@lianxi/domain';
import type { SessionUserFragment } from '../graphql/generated/graphql';

export type { Action };

/**
 * The domain's `can()` for the session user, asked "in the user's own scope" — what the UI needs to decide
 * whether to offer an action at all. The server checks each request against the same rules.
 */
export function can(user: SessionUserFragment | null | undefined, action: Action): boolean {
  if (!user) return false;
  return domainCan(
    {
      role: user.role,
      departmentId: user.department?.id ?? null,
      jurisdictionId: user.jurisdiction?.id ?? null,
      disabledAt: null,
    },
    action,
  );
}
