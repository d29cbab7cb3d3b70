import { graphql } from '../../../graphql/generated';

export const DocumentOptionsQuery = graphql(`
  query DocumentOptions {
    documents {
      id
      title
      docNumber
    }
  }
`);

export const ResponsibilityMatrixQuery = graphql(`
  query ResponsibilityMatrix($documentId: ID!) {
    responsibilityMatrix(documentId: $documentId) {
      document {
        id
        title
        docNumber
      }
      departments {
        id
        name
      }
      tasks {
        id
        path
        heading
        text
        deadline
      }
      cells {
        taskId
        departmentId
        role
        light
        assignmentId
      }
      violations {
        code
        message
        taskId
      }
    }
  }
`);

export const TaskAssignmentsQuery = graphql(`
  query TaskAssignments($taskId: ID!) {
    task(id: $taskId) {
      id
      path
      heading
      text
      deadline
      document {
        id
        jurisdiction {
          id
        }
      }
      assignments {
        id
        role
        light
        department {
          id
          name
        }
        reports {
          id
          period
          status
          percent
          narrative
          reportedAt
          reportedBy {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** One cell's assignment with its task and history (`assignment(id)`; the drawer no longer filters a task's list). */
export const DepartmentOptionsQuery = graphql(`
  query DepartmentOptions($jurisdictionId: ID) {
    departments(filter: { jurisdictionId: $jurisdictionId }) {
      id
      name
    }
  }
`);

export const AssignUnitMutation = graphql(`
  mutation AssignUnit($input: AssignUnitInput!) {
    assignUnit(input: $input) {
      assignment {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const ReassignUnitMutation = graphql(`
  mutation ReassignUnit($input: ReassignUnitInput!) {
    reassignUnit(input: $input) {
      assignment {
        id
        department {
          id
          name
        }
      }
      errors {
        code
        message
      }
    }
  }
`);

export const UnassignUnitMutation = graphql(`
  mutation UnassignUnit($input: UnassignUnitInput!) {
    unassignUnit(input: $input) {
      assignment {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const ChangeAssignmentRoleMutation = graphql(`
  mutation ChangeAssignmentRole($input: ChangeAssignmentRoleInput!) {
    changeAssignmentRole(input: $input) {
      assignment {
        id
        role
      }
      errors {
        code
        message
      }
    }
  }
`);

export const SendReminderMutation = graphql(`
  mutation SendReminder($input: SendReminderInput!) {
    sendReminder(input: $input) {
      reminder {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);
