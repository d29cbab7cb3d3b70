import { graphql } from '../../../graphql/generated';

export const SectorsQuery = graphql(`
  query Sectors {
    sectors {
      code
      name
    }
  }
`);

export const CompareSectorQuery = graphql(`
  query CompareSector($sector: String!) {
    compareSector(sector: $sector) {
      sector {
        code
        name
      }
      duties {
        role
        jurisdiction {
          id
          name
        }
        department {
          id
          name
        }
        task {
          id
          path
          heading
          text
          document {
            id
            title
          }
        }
      }
    }
  }
`);
