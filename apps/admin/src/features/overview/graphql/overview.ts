import { graphql } from '../../../graphql/generated';

export const OverviewQuery = graphql(`
  query Overview($jurisdictionId: ID) {
    departments(filter: { jurisdictionId: $jurisdictionId }) {
      id
      name
      progressSummary {
        total
        green
        yellow
        red
        completed
        percentDone
      }
      tasks(status: RED, first: 10) {
        totalCount
        nodes {
          id
          light
          task {
            id
            path
            heading
            deadline
            document {
              id
              title
            }
          }
        }
      }
    }
  }
`);
