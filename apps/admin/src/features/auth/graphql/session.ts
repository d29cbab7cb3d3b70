import { graphql } from '../../../graphql/generated';

export const SessionUserFragmentDoc = graphql(`
  fragment SessionUser on User {
    id
    username
    displayName
    role
    department {
      id
      name
    }
    jurisdiction {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        ...SessionUser
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      ok
      errors {
        code
        message
      }
    }
  }
`);
