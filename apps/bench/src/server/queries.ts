/** The GraphQL operations measured; raw.ts answers the same two reads by hand. */

export const DEPARTMENT_TASKS = /* GraphQL */ `
  query DepartmentTasks($id: ID!, $first: Int) {
    department(id: $id) {
      id
      name
      tasks(first: $first) {
        totalCount
        nodes {
          id
          role
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
            assignments {
              id
              role
              department {
                id
                name
              }
            }
          }
          latestReport {
            id
            period
            status
            percent
            narrative
            reportedAt
          }
        }
      }
    }
  }
`;

export const MATRIX = /* GraphQL */ `
  query ResponsibilityMatrix($id: ID!) {
    responsibilityMatrix(documentId: $id) {
      document {
        id
        title
      }
      departments {
        id
        name
      }
      tasks {
        id
        path
        heading
      }
      cells {
        taskId
        departmentId
        assignmentId
        role
        light
      }
      violations {
        code
        message
        taskId
      }
    }
  }
`;

export const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      errors {
        code
        message
      }
    }
  }
`;

export const REPORT_PROGRESS = /* GraphQL */ `
  mutation ReportProgress($input: ReportProgressInput!) {
    reportProgress(input: $input) {
      report {
        id
        percent
      }
      errors {
        code
        message
      }
    }
  }
`;
