import { graphql } from '../../../graphql/generated';

export const DocumentsQuery = graphql(`
  query Documents {
    documents {
      id
      title
      docNumber
      issuer
      issuedOn
      status
      revision
      importedAt
      jurisdiction {
        id
        name
      }
    }
  }
`);
