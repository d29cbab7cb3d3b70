import { graphql } from '../../../graphql/generated';

export const DepartmentsQuery = graphql(`
  query Departments($filter: DepartmentFilter) {
    departments(filter: $filter) {
      id
      name
      aliases
      kind
      archivedAt
      version
      sector {
        code
        name
      }
      jurisdiction {
        id
        name
      }
      memberships {
        id
        position
        jointMeeting {
          id
          name
        }
        liaison {
          name
          phone
          title
        }
      }
    }
    sectors {
      code
      name
    }
    jurisdictions {
      id
      name
    }
  }
`);

/** What merging `mergeId` into `keepId` would move, computed by the merge itself and rolled back. */
export const MergePreviewQuery = graphql(`
  query MergePreview($input: MergeDepartmentsPreviewInput!) {
    mergeDepartmentsPreview(input: $input) {
      preview {
        keep {
          id
          version
        }
        aliasesAdded
        sectorAfter {
          name
        }
        assignments {
          role
          active
          outcome
          reports
          task {
            id
            path
            heading
          }
        }
        assignmentGroups {
          document {
            id
            title
          }
          role
          count
        }
        reportsMoved
        reportsKept
        conflicts {
          task {
            id
            path
            heading
          }
          message
        }
        memberships {
          jointMeeting {
            id
            name
          }
          position
          liaison {
            name
          }
          outcome
          positionAfter
          liaisonAfter {
            name
          }
        }
        users {
          id
          username
          displayName
        }
        dutiesMoved
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const CreateDepartmentMutation = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      department { id name aliases version archivedAt }
      errors { code message field }
    }
  }
`);
export const RenameDepartmentMutation = graphql(`
  mutation RenameDepartment($input: RenameDepartmentInput!) {
    renameDepartment(input: $input) {
      department { id name aliases version archivedAt }
      errors { code message field }
    }
  }
`);
export const AddDepartmentAliasMutation = graphql(`
  mutation AddDepartmentAlias($input: AddDepartmentAliasInput!) {
    addDepartmentAlias(input: $input) {
      department { id name aliases version archivedAt }
      errors { code message field }
    }
  }
`);
export const ArchiveDepartmentMutation = graphql(`
  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) {
    archiveDepartment(input: $input) {
      department { id name aliases version archivedAt }
      errors { code message field }
    }
  }
`);
export const MergeDepartmentsMutation = graphql(`
  mutation MergeDepartments($input: MergeDepartmentsInput!) {
    mergeDepartments(input: $input) {
      department { id name aliases version archivedAt }
      errors { code message field }
    }
  }
`);
export const SetLiaisonMutation = graphql(`
  mutation SetLiaison($input: SetLiaisonInput!) {
    setLiaison(input: $input) {
      member { id liaison { name phone title } }
      errors { code message field }
    }
  }
`);

