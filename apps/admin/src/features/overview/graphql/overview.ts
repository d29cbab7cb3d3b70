import { graphql } from '../../../graphql/generated';

/** 总览 in one field: summaries by department, the late list, the targets (one request, a constant number of statements). */
export const OverviewQuery = graphql(`
  query Overview($jurisdictionId: ID!, $late: Int) {
    overview(jurisdictionId: $jurisdictionId) {
      period {
        key
        label
        endsOn
      }
      totals {
        total
        green
        yellow
        red
        completed
        percentDone
      }
      departments {
        department {
          id
          name
        }
        summary {
          total
          green
          yellow
          red
          completed
          percentDone
        }
      }
      lateCount
      late(first: $late) {
        assignment {
          id
          role
        }
        department {
          id
          name
        }
        task {
          id
          path
          heading
          document {
            id
            title
          }
        }
        deadline
        daysOverdue
        latestReport {
          id
          status
          percent
          narrative
          reportedAt
        }
      }
      indicators {
        ...IndicatorFields
      }
    }
  }
`);
