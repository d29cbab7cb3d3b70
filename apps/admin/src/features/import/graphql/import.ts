import { graphql } from '../../../graphql/generated';

export const ImportDocumentMutation = graphql(`
  mutation ImportDocument($input: ImportDocumentInput!) {
    importDocument(input: $input) {
      report {
        title
        docNumber
        jurisdiction
        taskCount
        assignmentCount
        unitsMatched
        unitsNew
        warnings {
          code
          message
        }
      }
      result {
        created
        document {
          id
          title
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
