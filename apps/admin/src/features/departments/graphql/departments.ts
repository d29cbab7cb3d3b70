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
    }
    sectors {
      code
      name
    }
    jurisdictions {
      id
      name
    }
    jointMeetings {
      id
      name
      members {
        id
        position
        department {
          id
        }
        liaison {
          name
          phone
          title
        }
      }
    }
  }
`);

export const MergePreviewQuery = graphql(`
  query MergePreview($id: ID!) {
    department(id: $id) {
      id
      name
      aliases
      assignments {
        id
        role
        task {
          id
          path
          heading
        }
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

