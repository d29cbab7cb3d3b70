import { graphql } from '../../../graphql/generated';

/**
 * One operation for every phase of the wizard: a dry run gives the parse report for the review, the confirming
 * run sends the office's corrections and writes. The report carries the cleaned source text and the place of every
 * task, unit and warning in it, so the review can show a .docx it could not read itself.
 */
export const ImportDocumentMutation = graphql(`
  mutation ImportDocument($input: ImportDocumentInput!) {
    importDocument(input: $input) {
      report {
        title
        docNumber
        jurisdiction
        jurisdictionId
        taskCount
        assignmentCount
        unitsMatched
        unitsNew
        sourceText
        removedChars
        correctionCount
        removedNoise {
          rule
          token
          count
        }
        warnings {
          code
          message
          span {
            start
            end
          }
        }
        tasks {
          path
          heading
          text
          span {
            start
            end
          }
          assignments {
            unit
            asWritten
            role
            departmentId
            corrected
            span {
              start
              end
            }
          }
        }
      }
      result {
        created
        outcome
        revision
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

/** The departments of the plan's jurisdiction a unit can be pointed at. */
export const ImportDepartmentOptionsQuery = graphql(`
  query ImportDepartmentOptions($jurisdictionId: ID!) {
    departments(filter: { jurisdictionId: $jurisdictionId }) {
      id
      name
      aliases
    }
  }
`);
