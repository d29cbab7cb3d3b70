import { graphql } from '../../../graphql/generated';

export const ReportFieldsFragmentDoc = graphql(`
  fragment ReportFields on ProgressReport {
    id
    period
    status
    percent
    narrative
    reportedAt
    supersedesId
    reportedBy {
      id
      displayName
    }
    indicatorValues {
      indicatorId
      value
    }
  }
`);

export const MyAssignmentFragmentDoc = graphql(`
  fragment MyAssignment on Assignment {
    id
    role
    light
    task {
      id
      path
      heading
      text
      deadline
      document {
        id
        title
      }
    }
    latestReport {
      ...ReportFields
    }
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks {
    me {
      id
      department {
        id
        name
        jurisdiction {
          id
          name
        }
        assignments {
          ...MyAssignment
        }
      }
    }
  }
`);

export const MyRemindersQuery = graphql(`
  query MyReminders {
    myReminders {
      id
      message
      sentAt
      readAt
      sentBy {
        id
        displayName
      }
      assignment {
        id
        task {
          id
          path
          heading
        }
      }
    }
  }
`);

/** What the report form needs beyond the list row: the period it reports for and the task's indicators. */
export const ReportContextQuery = graphql(`
  query ReportContext($assignmentId: ID!) {
    currentPeriod {
      key
      label
      endsOn
      daysLeft
    }
    assignment(id: $assignmentId) {
      id
      task {
        id
        indicators {
          id
          name
          unit
        }
      }
    }
  }
`);

export const ReportProgressMutation = graphql(`
  mutation ReportProgress($input: ReportProgressInput!) {
    reportProgress(input: $input) {
      report {
        ...ReportFields
      }
      assignment {
        id
        light
        latestReport {
          ...ReportFields
        }
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const MarkReminderReadMutation = graphql(`
  mutation MarkReminderRead($input: MarkReminderReadInput!) {
    markReminderRead(input: $input) {
      reminder {
        id
        readAt
      }
      errors {
        code
        message
      }
    }
  }
`);

/** After a CONFLICT: the assignment's latest report now, to show beside what this user typed. */
export const AssignmentLatestQuery = graphql(`
  query AssignmentLatest($id: ID!) {
    assignment(id: $id) {
      id
      light
      latestReport {
        ...ReportFields
      }
    }
  }
`);
