import type { Id, User } from './model.js';

/**
 * Who may do what. The API enforces these rules; the admin client uses the same function to hide what a
 * user may not do. Every action is listed in `RULES`, a record over the `Action` union, so adding an
 * action does not compile until someone decides who may do it.
 *
 * - ADMIN (the joint meeting's office): everything, within its jurisdiction, or everywhere when it has
 *   none (the installation's administrator).
 * - MEMBER (a member unit): reads everything of its jurisdiction; writes only progress reports of its own
 *   department's assignments, and reads (and marks as read) only the reminders sent to its department.
 * - VIEWER (a leader): reads everything of its jurisdiction, reminders included (what is late, who was
 *   chased), and writes nothing.
 *
 * Scope is the user's own jurisdiction, not the ones below it. A disabled user may do nothing, nor may a
 * MEMBER or VIEWER without a jurisdiction, nor a MEMBER without a department act for one (fail closed).
 */

export type Action =
  /** Documents, their tasks, assignments, duties and the responsibility matrix. */
  | 'READ_DOCUMENT'
  | 'IMPORT_DOCUMENT'
  | 'EDIT_DOCUMENT'
  /** Fix a mis-read unit, add or remove an assignment, change a role. */
  | 'EDIT_ASSIGNMENTS'
  | 'READ_DEPARTMENT'
  /** Rename, add aliases, set the sector, archive. */
  | 'EDIT_DEPARTMENT'
  | 'MERGE_DEPARTMENTS'
  /** Indicators, targets and measurements. */
  | 'READ_INDICATOR'
  | 'EDIT_INDICATOR'
  /** Joint meetings, members, liaisons, meetings, minutes, resolutions. */
  | 'READ_JOINT_MEETING'
  | 'EDIT_JOINT_MEETING'
  | 'READ_PROGRESS'
  | 'REPORT_PROGRESS'
  | 'READ_REMINDER'
  | 'SEND_REMINDER'
  /** Sets `readAt`: the receipt of reading one's own reminder. */
  | 'MARK_REMINDER_READ'
  | 'MANAGE_USERS';

/** How far a role reaches for one action; ADMIN always has ALL. */
type Reach = 'ALL' | 'OWN_DEPARTMENT' | 'NONE';

const RULES: Readonly<Record<Action, { member: Reach; viewer: Exclude<Reach, 'OWN_DEPARTMENT'> }>> = {
  READ_DOCUMENT: { member: 'ALL', viewer: 'ALL' },
  IMPORT_DOCUMENT: { member: 'NONE', viewer: 'NONE' },
  EDIT_DOCUMENT: { member: 'NONE', viewer: 'NONE' },
  EDIT_ASSIGNMENTS: { member: 'NONE', viewer: 'NONE' },
  READ_DEPARTMENT: { member: 'ALL', viewer: 'ALL' },
  EDIT_DEPARTMENT: { member: 'NONE', viewer: 'NONE' },
  MERGE_DEPARTMENTS: { member: 'NONE', viewer: 'NONE' },
  READ_INDICATOR: { member: 'ALL', viewer: 'ALL' },
  EDIT_INDICATOR: { member: 'NONE', viewer: 'NONE' },
  READ_JOINT_MEETING: { member: 'ALL', viewer: 'ALL' },
  EDIT_JOINT_MEETING: { member: 'NONE', viewer: 'NONE' },
  READ_PROGRESS: { member: 'ALL', viewer: 'ALL' },
  REPORT_PROGRESS: { member: 'OWN_DEPARTMENT', viewer: 'NONE' },
  READ_REMINDER: { member: 'OWN_DEPARTMENT', viewer: 'ALL' },
  SEND_REMINDER: { member: 'NONE', viewer: 'NONE' },
  MARK_REMINDER_READ: { member: 'OWN_DEPARTMENT', viewer: 'NONE' },
  MANAGE_USERS: { member: 'NONE', viewer: 'NONE' },
};

export const ACTIONS = Object.keys(RULES) as readonly Action[];

/** What a check needs of the user. */
export type Actor = Pick<User, 'role' | 'departmentId' | 'jurisdictionId' | 'disabledAt'>;

/**
 * Where the resource lives. Omitted, the question is "in the user's own scope" (its jurisdiction and
 * department), which is what the UI asks to decide whether to show a menu at all.
 */
export interface ResourceScope {
  /** The jurisdiction of the document, department, meeting … acted on. */
  jurisdictionId: Id | null;
  /** For assignment-bound resources (progress reports, reminders): the assignment's department. */
  departmentId?: Id | null;
}

export function can(user: Actor, action: Action, resource?: ResourceScope): boolean {
  if (user.disabledAt !== null) return false;
  const jurisdictionId = resource === undefined ? user.jurisdictionId : resource.jurisdictionId;
  const departmentId = resource === undefined ? user.departmentId : (resource.departmentId ?? null);

  if (user.role === 'ADMIN') return user.jurisdictionId === null || user.jurisdictionId === jurisdictionId;
  if (user.jurisdictionId === null || user.jurisdictionId !== jurisdictionId) return false;

  const reach = user.role === 'MEMBER' ? RULES[action].member : RULES[action].viewer;
  switch (reach) {
    case 'ALL':
      return true;
    case 'OWN_DEPARTMENT':
      return user.departmentId !== null && user.departmentId === departmentId;
    case 'NONE':
      return false;
  }
}

/** Every action the user may take on the resource (or in its own scope), in `ACTIONS` order. */
export function permittedActions(user: Actor, resource?: ResourceScope): Action[] {
  return ACTIONS.filter((action) => can(user, action, resource));
}
