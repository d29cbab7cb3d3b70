import type {
  AssignmentRole,
  Comparator,
  DocumentStatus,
  InstitutionKind,
  JurisdictionLevel,
  MemberPosition,
  ProgressStatus,
  Recurrence,
  UserRole,
} from '@lianxi/domain';

/**
 * The domain's string unions as runtime lists, for CHECK constraints. `every<T>()` fails to compile when a
 * value of the union is missing, so a new domain value cannot be forgotten here (the migration still needs
 * a new CHECK: see README.md).
 */
function every<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)) => list;
}

export const JURISDICTION_LEVELS = every<JurisdictionLevel>()(['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP']);
export const INSTITUTION_KINDS = every<InstitutionKind>()([
  'GOVERNMENT',
  'DEPARTMENT',
  'PARTY_ORGAN',
  'MASS_ORGANIZATION',
  'PUBLIC_INSTITUTION',
  'ENTERPRISE',
]);
export const DOCUMENT_STATUSES = every<DocumentStatus>()(['EFFECTIVE', 'REPEALED', 'DRAFT']);
export const RECURRENCES = every<Recurrence>()(['ANNUAL', 'QUARTERLY', 'MONTHLY']);
export const ASSIGNMENT_ROLES = every<AssignmentRole>()(['LEAD', 'SUPPORT', 'LOCAL']);
export const COMPARATORS = every<Comparator>()(['GTE', 'LTE', 'EQ']);
export const MEMBER_POSITIONS = every<MemberPosition>()(['CONVENOR', 'DEPUTY_CONVENOR', 'OFFICE', 'MEMBER']);
export const PROGRESS_STATUSES = every<ProgressStatus>()([
  'NOT_STARTED',
  'IN_PROGRESS',
  'COMPLETED',
  'BLOCKED',
]);
export const USER_ROLES = every<UserRole>()(['ADMIN', 'MEMBER', 'VIEWER']);
