import { graphql } from '../../../graphql/generated';

export const JurisdictionsQuery = graphql(`
  query Jurisdictions {
    jurisdictions {
      id
      name
      level
      documentCount
      assignmentCount
    }
  }
`);

/** What the targets table and chart show of an indicator (目标指标 and 总览 alike). */
export const IndicatorFieldsFragmentDoc = graphql(`
  fragment IndicatorFields on Indicator {
    id
    name
    unit
    scope
    baseline {
      value
      year
    }
    targets {
      comparator
      value
      year
    }
    latestValue
    latestMeasuredOn
    progress
  }
`);

export const IndicatorsQuery = graphql(`
  query Indicators($jurisdictionId: ID!) {
    indicators(jurisdictionId: $jurisdictionId) {
      ...IndicatorFields
    }
  }
`);
