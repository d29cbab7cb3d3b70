import { AppUserSchema } from './app-user.schema.js';
import { AssignmentSchema } from './assignment.schema.js';
import { AuditEventSchema } from './audit-event.schema.js';
import { DepartmentSchema } from './department.schema.js';
import { DutySchema } from './duty.schema.js';
import { IdempotencyKeySchema } from './idempotency-key.schema.js';
import { IndicatorSchema } from './indicator.schema.js';
import { JointMeetingSchema } from './joint-meeting.schema.js';
import { JurisdictionSchema } from './jurisdiction.schema.js';
import { MeasurementSchema } from './measurement.schema.js';
import { MeetingSchema } from './meeting.schema.js';
import { MemberSchema } from './member.schema.js';
import { PolicyDocumentSchema } from './policy-document.schema.js';
import { ProgressReportSchema } from './progress-report.schema.js';
import { ReminderSchema } from './reminder.schema.js';
import { ResolutionSchema } from './resolution.schema.js';
import { SessionSchema } from './session.schema.js';
import { TargetSchema } from './target.schema.js';
import { TaskSchema } from './task.schema.js';

export type * from './app-user.schema.js';
export type * from './assignment.schema.js';
export type * from './audit-event.schema.js';
export type * from './department.schema.js';
export type * from './duty.schema.js';
export type * from './idempotency-key.schema.js';
export type * from './indicator.schema.js';
export type * from './joint-meeting.schema.js';
export type * from './jurisdiction.schema.js';
export type * from './measurement.schema.js';
export type * from './meeting.schema.js';
export type * from './member.schema.js';
export type * from './policy-document.schema.js';
export type * from './progress-report.schema.js';
export type * from './reminder.schema.js';
export type * from './resolution.schema.js';
export type * from './session.schema.js';
export type * from './target.schema.js';
export type * from './task.schema.js';

export {
  AppUserSchema,
  AssignmentSchema,
  AuditEventSchema,
  DepartmentSchema,
  DutySchema,
  IdempotencyKeySchema,
  IndicatorSchema,
  JointMeetingSchema,
  JurisdictionSchema,
  MeasurementSchema,
  MeetingSchema,
  MemberSchema,
  PolicyDocumentSchema,
  ProgressReportSchema,
  ReminderSchema,
  ResolutionSchema,
  SessionSchema,
  TargetSchema,
  TaskSchema,
};

/** Every table of the schema; the migrations must bring an empty database to exactly these. */
export const entities = [
  JurisdictionSchema,
  DepartmentSchema,
  PolicyDocumentSchema,
  TaskSchema,
  AssignmentSchema,
  DutySchema,
  IndicatorSchema,
  TargetSchema,
  MeasurementSchema,
  JointMeetingSchema,
  MemberSchema,
  MeetingSchema,
  ResolutionSchema,
  ProgressReportSchema,
  ReminderSchema,
  AppUserSchema,
  SessionSchema,
  AuditEventSchema,
  IdempotencyKeySchema,
];
