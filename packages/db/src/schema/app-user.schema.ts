import type { User } from '@lianxi/domain';
import { createdAt, defineTable, id, nullableInstant, oneOf, reference, text, updatedAt } from './columns.js';
import { USER_ROLES } from './enums.js';

export interface AppUserRow extends User {
  passwordHash: string;
  /** Optimistic-concurrency version, checked by guarded UPDATEs like department's. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A login of the API (`user` is a reserved word in SQL, hence app_user). */
export const AppUserSchema = defineTable<AppUserRow>({
  name: 'app_user',
  columns: {
    id,
    username: text('username'),
    displayName: text('display_name'),
    passwordHash: text('password_hash'),
    role: text('role'),
    departmentId: reference('department_id', 'department', { nullable: true }),
    jurisdictionId: reference('jurisdiction_id', 'jurisdiction', { nullable: true }),
    disabledAt: nullableInstant('disabled_at'),
    version: { name: 'version', type: 'int', default: 1 },
    createdAt,
    updatedAt,
  },
  uniques: [{ name: 'uq_app_user_username', columns: ['username'] }],
  indices: [{ name: 'ix_app_user_department', columns: ['departmentId'] }],
  checks: [
    { name: 'ck_app_user_role', expression: oneOf('role', USER_ROLES) },
    {
      name: 'ck_app_user_member_department',
      expression: `"role" <> 'MEMBER' OR "department_id" IS NOT NULL`,
    },
  ],
});
