import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types from the merged schema; GraphQL object types map to the domain types they return. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: true,
        useTypeImports: true,
        contextType: '../context.js#Context',
        enumsAsTypes: true,
        scalars: { DateTime: 'Date', Date: 'string', ID: 'string' },
        mappers: {
          User: '../schema/mappers.js#UserMapper',
          Jurisdiction: '../schema/mappers.js#JurisdictionMapper',
          Department: '../schema/mappers.js#DepartmentMapper',
          Duty: '../schema/mappers.js#DutyMapper',
          PolicyDocument: '../schema/mappers.js#PolicyDocumentMapper',
          Task: '../schema/mappers.js#TaskMapper',
          Assignment: '../schema/mappers.js#AssignmentMapper',
          ProgressReport: '../schema/mappers.js#ProgressReportMapper',
          JointMeeting: '../schema/mappers.js#JointMeetingMapper',
          Member: '../schema/mappers.js#MemberMapper',
          Meeting: '../schema/mappers.js#MeetingMapper',
          Resolution: '../schema/mappers.js#ResolutionMapper',
          Indicator: '../schema/mappers.js#IndicatorMapper',
          Reminder: '../schema/mappers.js#ReminderMapper',
          AuditEvent: '../schema/mappers.js#AuditEventMapper',
          ResponsibilityMatrix: '../schema/mappers.js#ResponsibilityMatrixMapper',
          SectorDuty: '../schema/mappers.js#SectorDutyMapper',
          MergeDepartmentsPreview: '../schema/mappers.js#MergeDepartmentsPreviewMapper',
          MergeAssignmentChange: '../schema/mappers.js#MergeAssignmentChangeMapper',
          MergeAssignmentGroup: '../schema/mappers.js#MergeAssignmentGroupMapper',
          MergeConflict: '../schema/mappers.js#MergeConflictMapper',
          MergeMembershipChange: '../schema/mappers.js#MergeMembershipChangeMapper',
          Overview: '../schema/mappers.js#OverviewMapper',
          LateAssignment: '../schema/mappers.js#LateAssignmentMapper',
        },
      },
    },
  },
};

export default config;
