import { graphql } from '../../../graphql/generated';

export const JointMeetingsQuery = graphql(`
  query JointMeetings {
    jointMeetings {
      id
      name
      jurisdiction {
        id
        name
      }
      document {
        id
        title
      }
      members {
        id
        position
        representative
        department {
          id
          name
        }
        liaison {
          name
          phone
          title
        }
      }
      meetings {
        id
        title
        heldOn
        minutes
        resolutions {
          id
          text
          task {
            id
            path
            deadline
            assignments {
              id
              role
              department {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const RecordMeetingMutation = graphql(`
  mutation RecordMeeting($input: RecordMeetingInput!) {
    recordMeeting(input: $input) {
      meeting {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
