import { graphql } from '../../../graphql/generated';

export const JurisdictionsQuery = graphql(`
  query Jurisdictions {
    jurisdictions {
      id
      name
      level
    }
  }
`);

export const IndicatorsQuery = graphql(`
  query Indicators($jurisdictionId: ID!) {
    indicators(jurisdictionId: $jurisdictionId) {
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
  }
`);
