/**
 * Who may call which root field — written once, checked entirely by permissions.test.ts. Every root field of
 * the schema must have a row: a new field without one fails the test until someone decides who may call it.
 *
 * Roles: anonymous; viewer (VIEWER of the jurisdiction); own (MEMBER of the department that holds the resource
 * the operation touches); other (MEMBER of another department of the same jurisdiction); admin.
 * "allow": the call passes authorization (its answer may still be a payload error such as a stale version).
 * "deny": UNAUTHENTICATED, FORBIDDEN or NOT_FOUND, or null where the field answers null for what one may not see.
 */
export const ROLES = ['anonymous', 'viewer', 'own', 'other', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type Rule = Record<Role, 'allow' | 'deny'>;

const everyone: Rule = { anonymous: 'allow', viewer: 'allow', own: 'allow', other: 'allow', admin: 'allow' };
const loggedIn: Rule = { anonymous: 'deny', viewer: 'allow', own: 'allow', other: 'allow', admin: 'allow' };
const adminOnly: Rule = { anonymous: 'deny', viewer: 'deny', own: 'deny', other: 'deny', admin: 'allow' };
const ownDepartment: Rule = { anonymous: 'deny', viewer: 'deny', own: 'allow', other: 'deny', admin: 'allow' };

export const PERMISSIONS: Record<'Query' | 'Mutation', Record<string, Rule>> = {
  Query: {
    // Like task: another jurisdiction's assignment is null, as a missing one.
    assignment: loggedIn,
    auditEvents: adminOnly,
    compareSector: loggedIn,
    currentPeriod: loggedIn,
    department: loggedIn,
    departments: loggedIn,
    document: loggedIn,
    documents: loggedIn,
    health: everyone,
    indicators: loggedIn,
    jointMeeting: loggedIn,
    jointMeetings: loggedIn,
    jurisdictions: loggedIn,
    // Anonymous gets null (not an error): the login page asks "who am I?" before anyone logged in.
    me: everyone,
    // Runs the merge and rolls it back: as the merge itself, the office only.
    mergeDepartmentsPreview: adminOnly,
    // A user without a department has no reminders: an empty list, not an error.
    myReminders: loggedIn,
    overview: loggedIn,
    responsibilityMatrix: loggedIn,
    searchTasks: loggedIn,
    sectors: loggedIn,
    task: loggedIn,
  },
  Mutation: {
    addDepartmentAlias: adminOnly,
    addJointMeetingMember: adminOnly,
    archiveDepartment: adminOnly,
    assignUnit: adminOnly,
    changeAssignmentRole: adminOnly,
    changeUserRole: adminOnly,
    createDepartment: adminOnly,
    importDocument: adminOnly,
    login: everyone,
    logout: loggedIn,
    markReminderRead: ownDepartment,
    mergeDepartments: adminOnly,
    ping: everyone,
    reassignUnit: adminOnly,
    recordMeeting: adminOnly,
    removeJointMeetingMember: adminOnly,
    renameDepartment: adminOnly,
    reportProgress: ownDepartment,
    sendReminder: adminOnly,
    setLiaison: adminOnly,
    unassignUnit: adminOnly,
  },
};
