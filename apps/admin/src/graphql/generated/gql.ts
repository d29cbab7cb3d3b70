/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    department {\n      id\n      name\n    }\n    jurisdiction {\n      id\n      name\n    }\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Sectors {\n    sectors {\n      code\n      name\n    }\n  }\n": typeof types.SectorsDocument,
    "\n  query CompareSector($sector: String!) {\n    compareSector(sector: $sector) {\n      sector {\n        code\n        name\n      }\n      duties {\n        role\n        jurisdiction {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n        task {\n          id\n          path\n          heading\n          text\n          document {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompareSectorDocument,
    "\n  query Departments($filter: DepartmentFilter) {\n    departments(filter: $filter) {\n      id\n      name\n      aliases\n      kind\n      archivedAt\n      version\n      sector {\n        code\n        name\n      }\n      jurisdiction {\n        id\n        name\n      }\n    }\n    sectors {\n      code\n      name\n    }\n    jurisdictions {\n      id\n      name\n    }\n    jointMeetings {\n      id\n      name\n      members {\n        id\n        position\n        department {\n          id\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query MergePreview($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      aliases\n      assignments {\n        id\n        role\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n": typeof types.MergePreviewDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation RenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.RenameDepartmentDocument,
    "\n  mutation AddDepartmentAlias($input: AddDepartmentAliasInput!) {\n    addDepartmentAlias(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.AddDepartmentAliasDocument,
    "\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) {\n    archiveDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.ArchiveDepartmentDocument,
    "\n  mutation MergeDepartments($input: MergeDepartmentsInput!) {\n    mergeDepartments(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": typeof types.MergeDepartmentsDocument,
    "\n  mutation SetLiaison($input: SetLiaisonInput!) {\n    setLiaison(input: $input) {\n      member { id liaison { name phone title } }\n      errors { code message field }\n    }\n  }\n": typeof types.SetLiaisonDocument,
    "\n  query Documents {\n    documents {\n      id\n      title\n      docNumber\n      issuer\n      issuedOn\n      status\n      revision\n      importedAt\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DocumentsDocument,
    "\n  mutation ImportDocument($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      report {\n        title\n        docNumber\n        jurisdiction\n        taskCount\n        assignmentCount\n        unitsMatched\n        unitsNew\n        warnings {\n          code\n          message\n        }\n      }\n      result {\n        created\n        document {\n          id\n          title\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ImportDocumentDocument,
    "\n  query JointMeetings {\n    jointMeetings {\n      id\n      name\n      jurisdiction {\n        id\n        name\n      }\n      document {\n        id\n        title\n      }\n      members {\n        id\n        position\n        representative\n        department {\n          id\n          name\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n      meetings {\n        id\n        title\n        heldOn\n        minutes\n        resolutions {\n          id\n          text\n          task {\n            id\n            path\n            deadline\n            assignments {\n              id\n              role\n              department {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.JointMeetingsDocument,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      meeting {\n        id\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RecordMeetingDocument,
    "\n  query DocumentOptions {\n    documents {\n      id\n      title\n      docNumber\n    }\n  }\n": typeof types.DocumentOptionsDocument,
    "\n  query ResponsibilityMatrix($documentId: ID!) {\n    responsibilityMatrix(documentId: $documentId) {\n      document {\n        id\n        title\n        docNumber\n      }\n      departments {\n        id\n        name\n      }\n      tasks {\n        id\n        path\n        heading\n        text\n        deadline\n      }\n      cells {\n        taskId\n        departmentId\n        role\n        light\n        assignmentId\n      }\n      violations {\n        code\n        message\n        taskId\n      }\n    }\n  }\n": typeof types.ResponsibilityMatrixDocument,
    "\n  query TaskAssignments($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        jurisdiction {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        light\n        department {\n          id\n          name\n        }\n        reports {\n          id\n          period\n          status\n          percent\n          narrative\n          reportedAt\n          reportedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.TaskAssignmentsDocument,
    "\n  query DepartmentOptions($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n    }\n  }\n": typeof types.DepartmentOptionsDocument,
    "\n  mutation AssignUnit($input: AssignUnitInput!) {\n    assignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AssignUnitDocument,
    "\n  mutation ReassignUnit($input: ReassignUnitInput!) {\n    reassignUnit(input: $input) {\n      assignment {\n        id\n        department {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReassignUnitDocument,
    "\n  mutation UnassignUnit($input: UnassignUnitInput!) {\n    unassignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.UnassignUnitDocument,
    "\n  mutation ChangeAssignmentRole($input: ChangeAssignmentRoleInput!) {\n    changeAssignmentRole(input: $input) {\n      assignment {\n        id\n        role\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ChangeAssignmentRoleDocument,
    "\n  mutation SendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      reminder {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SendReminderDocument,
    "\n  fragment ReportFields on ProgressReport {\n    id\n    period\n    status\n    percent\n    narrative\n    reportedAt\n    supersedesId\n    reportedBy {\n      id\n      displayName\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n  }\n": typeof types.ReportFieldsFragmentDoc,
    "\n  fragment MyAssignment on Assignment {\n    id\n    role\n    light\n    task {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        title\n      }\n    }\n    latestReport {\n      ...ReportFields\n    }\n  }\n": typeof types.MyAssignmentFragmentDoc,
    "\n  query MyTasks {\n    me {\n      id\n      department {\n        id\n        name\n        jurisdiction {\n          id\n          name\n        }\n        assignments {\n          ...MyAssignment\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query MyReminders {\n    myReminders {\n      id\n      message\n      sentAt\n      readAt\n      sentBy {\n        id\n        displayName\n      }\n      assignment {\n        id\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n": typeof types.MyRemindersDocument,
    "\n  query ReportIndicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n    }\n  }\n": typeof types.ReportIndicatorsDocument,
    "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      report {\n        ...ReportFields\n      }\n      assignment {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ReportProgressDocument,
    "\n  mutation MarkReminderRead($input: MarkReminderReadInput!) {\n    markReminderRead(input: $input) {\n      reminder {\n        id\n        readAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.MarkReminderReadDocument,
    "\n  query AssignmentLatest($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      assignments {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n    }\n  }\n": typeof types.AssignmentLatestDocument,
    "\n  query Overview($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n      progressSummary {\n        total\n        green\n        yellow\n        red\n        completed\n        percentDone\n      }\n      tasks(status: RED, first: 10) {\n        totalCount\n        nodes {\n          id\n          light\n          task {\n            id\n            path\n            heading\n            deadline\n            document {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.OverviewDocument,
    "\n  query Jurisdictions {\n    jurisdictions {\n      id\n      name\n      level\n    }\n  }\n": typeof types.JurisdictionsDocument,
    "\n  query Indicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n      scope\n      baseline {\n        value\n        year\n      }\n      targets {\n        comparator\n        value\n        year\n      }\n      latestValue\n      latestMeasuredOn\n      progress\n    }\n  }\n": typeof types.IndicatorsDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    department {\n      id\n      name\n    }\n    jurisdiction {\n      id\n      name\n    }\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query Sectors {\n    sectors {\n      code\n      name\n    }\n  }\n": types.SectorsDocument,
    "\n  query CompareSector($sector: String!) {\n    compareSector(sector: $sector) {\n      sector {\n        code\n        name\n      }\n      duties {\n        role\n        jurisdiction {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n        task {\n          id\n          path\n          heading\n          text\n          document {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.CompareSectorDocument,
    "\n  query Departments($filter: DepartmentFilter) {\n    departments(filter: $filter) {\n      id\n      name\n      aliases\n      kind\n      archivedAt\n      version\n      sector {\n        code\n        name\n      }\n      jurisdiction {\n        id\n        name\n      }\n    }\n    sectors {\n      code\n      name\n    }\n    jurisdictions {\n      id\n      name\n    }\n    jointMeetings {\n      id\n      name\n      members {\n        id\n        position\n        department {\n          id\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query MergePreview($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      aliases\n      assignments {\n        id\n        role\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n": types.MergePreviewDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation RenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": types.RenameDepartmentDocument,
    "\n  mutation AddDepartmentAlias($input: AddDepartmentAliasInput!) {\n    addDepartmentAlias(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": types.AddDepartmentAliasDocument,
    "\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) {\n    archiveDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": types.ArchiveDepartmentDocument,
    "\n  mutation MergeDepartments($input: MergeDepartmentsInput!) {\n    mergeDepartments(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n": types.MergeDepartmentsDocument,
    "\n  mutation SetLiaison($input: SetLiaisonInput!) {\n    setLiaison(input: $input) {\n      member { id liaison { name phone title } }\n      errors { code message field }\n    }\n  }\n": types.SetLiaisonDocument,
    "\n  query Documents {\n    documents {\n      id\n      title\n      docNumber\n      issuer\n      issuedOn\n      status\n      revision\n      importedAt\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n": types.DocumentsDocument,
    "\n  mutation ImportDocument($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      report {\n        title\n        docNumber\n        jurisdiction\n        taskCount\n        assignmentCount\n        unitsMatched\n        unitsNew\n        warnings {\n          code\n          message\n        }\n      }\n      result {\n        created\n        document {\n          id\n          title\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ImportDocumentDocument,
    "\n  query JointMeetings {\n    jointMeetings {\n      id\n      name\n      jurisdiction {\n        id\n        name\n      }\n      document {\n        id\n        title\n      }\n      members {\n        id\n        position\n        representative\n        department {\n          id\n          name\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n      meetings {\n        id\n        title\n        heldOn\n        minutes\n        resolutions {\n          id\n          text\n          task {\n            id\n            path\n            deadline\n            assignments {\n              id\n              role\n              department {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.JointMeetingsDocument,
    "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      meeting {\n        id\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RecordMeetingDocument,
    "\n  query DocumentOptions {\n    documents {\n      id\n      title\n      docNumber\n    }\n  }\n": types.DocumentOptionsDocument,
    "\n  query ResponsibilityMatrix($documentId: ID!) {\n    responsibilityMatrix(documentId: $documentId) {\n      document {\n        id\n        title\n        docNumber\n      }\n      departments {\n        id\n        name\n      }\n      tasks {\n        id\n        path\n        heading\n        text\n        deadline\n      }\n      cells {\n        taskId\n        departmentId\n        role\n        light\n        assignmentId\n      }\n      violations {\n        code\n        message\n        taskId\n      }\n    }\n  }\n": types.ResponsibilityMatrixDocument,
    "\n  query TaskAssignments($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        jurisdiction {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        light\n        department {\n          id\n          name\n        }\n        reports {\n          id\n          period\n          status\n          percent\n          narrative\n          reportedAt\n          reportedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.TaskAssignmentsDocument,
    "\n  query DepartmentOptions($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n    }\n  }\n": types.DepartmentOptionsDocument,
    "\n  mutation AssignUnit($input: AssignUnitInput!) {\n    assignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.AssignUnitDocument,
    "\n  mutation ReassignUnit($input: ReassignUnitInput!) {\n    reassignUnit(input: $input) {\n      assignment {\n        id\n        department {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.ReassignUnitDocument,
    "\n  mutation UnassignUnit($input: UnassignUnitInput!) {\n    unassignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.UnassignUnitDocument,
    "\n  mutation ChangeAssignmentRole($input: ChangeAssignmentRoleInput!) {\n    changeAssignmentRole(input: $input) {\n      assignment {\n        id\n        role\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.ChangeAssignmentRoleDocument,
    "\n  mutation SendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      reminder {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.SendReminderDocument,
    "\n  fragment ReportFields on ProgressReport {\n    id\n    period\n    status\n    percent\n    narrative\n    reportedAt\n    supersedesId\n    reportedBy {\n      id\n      displayName\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n  }\n": types.ReportFieldsFragmentDoc,
    "\n  fragment MyAssignment on Assignment {\n    id\n    role\n    light\n    task {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        title\n      }\n    }\n    latestReport {\n      ...ReportFields\n    }\n  }\n": types.MyAssignmentFragmentDoc,
    "\n  query MyTasks {\n    me {\n      id\n      department {\n        id\n        name\n        jurisdiction {\n          id\n          name\n        }\n        assignments {\n          ...MyAssignment\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query MyReminders {\n    myReminders {\n      id\n      message\n      sentAt\n      readAt\n      sentBy {\n        id\n        displayName\n      }\n      assignment {\n        id\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n": types.MyRemindersDocument,
    "\n  query ReportIndicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n    }\n  }\n": types.ReportIndicatorsDocument,
    "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      report {\n        ...ReportFields\n      }\n      assignment {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ReportProgressDocument,
    "\n  mutation MarkReminderRead($input: MarkReminderReadInput!) {\n    markReminderRead(input: $input) {\n      reminder {\n        id\n        readAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n": types.MarkReminderReadDocument,
    "\n  query AssignmentLatest($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      assignments {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n    }\n  }\n": types.AssignmentLatestDocument,
    "\n  query Overview($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n      progressSummary {\n        total\n        green\n        yellow\n        red\n        completed\n        percentDone\n      }\n      tasks(status: RED, first: 10) {\n        totalCount\n        nodes {\n          id\n          light\n          task {\n            id\n            path\n            heading\n            deadline\n            document {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.OverviewDocument,
    "\n  query Jurisdictions {\n    jurisdictions {\n      id\n      name\n      level\n    }\n  }\n": types.JurisdictionsDocument,
    "\n  query Indicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n      scope\n      baseline {\n        value\n        year\n      }\n      targets {\n        comparator\n        value\n        year\n      }\n      latestValue\n      latestMeasuredOn\n      progress\n    }\n  }\n": types.IndicatorsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    department {\n      id\n      name\n    }\n    jurisdiction {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    username\n    displayName\n    role\n    department {\n      id\n      name\n    }\n    jurisdiction {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      user {\n        ...SessionUser\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sectors {\n    sectors {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Sectors {\n    sectors {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompareSector($sector: String!) {\n    compareSector(sector: $sector) {\n      sector {\n        code\n        name\n      }\n      duties {\n        role\n        jurisdiction {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n        task {\n          id\n          path\n          heading\n          text\n          document {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompareSector($sector: String!) {\n    compareSector(sector: $sector) {\n      sector {\n        code\n        name\n      }\n      duties {\n        role\n        jurisdiction {\n          id\n          name\n        }\n        department {\n          id\n          name\n        }\n        task {\n          id\n          path\n          heading\n          text\n          document {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($filter: DepartmentFilter) {\n    departments(filter: $filter) {\n      id\n      name\n      aliases\n      kind\n      archivedAt\n      version\n      sector {\n        code\n        name\n      }\n      jurisdiction {\n        id\n        name\n      }\n    }\n    sectors {\n      code\n      name\n    }\n    jurisdictions {\n      id\n      name\n    }\n    jointMeetings {\n      id\n      name\n      members {\n        id\n        position\n        department {\n          id\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Departments($filter: DepartmentFilter) {\n    departments(filter: $filter) {\n      id\n      name\n      aliases\n      kind\n      archivedAt\n      version\n      sector {\n        code\n        name\n      }\n      jurisdiction {\n        id\n        name\n      }\n    }\n    sectors {\n      code\n      name\n    }\n    jurisdictions {\n      id\n      name\n    }\n    jointMeetings {\n      id\n      name\n      members {\n        id\n        position\n        department {\n          id\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergePreview($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      aliases\n      assignments {\n        id\n        role\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MergePreview($id: ID!) {\n    department(id: $id) {\n      id\n      name\n      aliases\n      assignments {\n        id\n        role\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation RenameDepartment($input: RenameDepartmentInput!) {\n    renameDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDepartmentAlias($input: AddDepartmentAliasInput!) {\n    addDepartmentAlias(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddDepartmentAlias($input: AddDepartmentAliasInput!) {\n    addDepartmentAlias(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) {\n    archiveDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveDepartment($input: ArchiveDepartmentInput!) {\n    archiveDepartment(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeDepartments($input: MergeDepartmentsInput!) {\n    mergeDepartments(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation MergeDepartments($input: MergeDepartmentsInput!) {\n    mergeDepartments(input: $input) {\n      department { id name aliases version archivedAt }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLiaison($input: SetLiaisonInput!) {\n    setLiaison(input: $input) {\n      member { id liaison { name phone title } }\n      errors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation SetLiaison($input: SetLiaisonInput!) {\n    setLiaison(input: $input) {\n      member { id liaison { name phone title } }\n      errors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Documents {\n    documents {\n      id\n      title\n      docNumber\n      issuer\n      issuedOn\n      status\n      revision\n      importedAt\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Documents {\n    documents {\n      id\n      title\n      docNumber\n      issuer\n      issuedOn\n      status\n      revision\n      importedAt\n      jurisdiction {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDocument($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      report {\n        title\n        docNumber\n        jurisdiction\n        taskCount\n        assignmentCount\n        unitsMatched\n        unitsNew\n        warnings {\n          code\n          message\n        }\n      }\n      result {\n        created\n        document {\n          id\n          title\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDocument($input: ImportDocumentInput!) {\n    importDocument(input: $input) {\n      report {\n        title\n        docNumber\n        jurisdiction\n        taskCount\n        assignmentCount\n        unitsMatched\n        unitsNew\n        warnings {\n          code\n          message\n        }\n      }\n      result {\n        created\n        document {\n          id\n          title\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointMeetings {\n    jointMeetings {\n      id\n      name\n      jurisdiction {\n        id\n        name\n      }\n      document {\n        id\n        title\n      }\n      members {\n        id\n        position\n        representative\n        department {\n          id\n          name\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n      meetings {\n        id\n        title\n        heldOn\n        minutes\n        resolutions {\n          id\n          text\n          task {\n            id\n            path\n            deadline\n            assignments {\n              id\n              role\n              department {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JointMeetings {\n    jointMeetings {\n      id\n      name\n      jurisdiction {\n        id\n        name\n      }\n      document {\n        id\n        title\n      }\n      members {\n        id\n        position\n        representative\n        department {\n          id\n          name\n        }\n        liaison {\n          name\n          phone\n          title\n        }\n      }\n      meetings {\n        id\n        title\n        heldOn\n        minutes\n        resolutions {\n          id\n          text\n          task {\n            id\n            path\n            deadline\n            assignments {\n              id\n              role\n              department {\n                id\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      meeting {\n        id\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      meeting {\n        id\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentOptions {\n    documents {\n      id\n      title\n      docNumber\n    }\n  }\n"): (typeof documents)["\n  query DocumentOptions {\n    documents {\n      id\n      title\n      docNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResponsibilityMatrix($documentId: ID!) {\n    responsibilityMatrix(documentId: $documentId) {\n      document {\n        id\n        title\n        docNumber\n      }\n      departments {\n        id\n        name\n      }\n      tasks {\n        id\n        path\n        heading\n        text\n        deadline\n      }\n      cells {\n        taskId\n        departmentId\n        role\n        light\n        assignmentId\n      }\n      violations {\n        code\n        message\n        taskId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResponsibilityMatrix($documentId: ID!) {\n    responsibilityMatrix(documentId: $documentId) {\n      document {\n        id\n        title\n        docNumber\n      }\n      departments {\n        id\n        name\n      }\n      tasks {\n        id\n        path\n        heading\n        text\n        deadline\n      }\n      cells {\n        taskId\n        departmentId\n        role\n        light\n        assignmentId\n      }\n      violations {\n        code\n        message\n        taskId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskAssignments($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        jurisdiction {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        light\n        department {\n          id\n          name\n        }\n        reports {\n          id\n          period\n          status\n          percent\n          narrative\n          reportedAt\n          reportedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TaskAssignments($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        jurisdiction {\n          id\n        }\n      }\n      assignments {\n        id\n        role\n        light\n        department {\n          id\n          name\n        }\n        reports {\n          id\n          period\n          status\n          percent\n          narrative\n          reportedAt\n          reportedBy {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentOptions($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DepartmentOptions($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignUnit($input: AssignUnitInput!) {\n    assignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignUnit($input: AssignUnitInput!) {\n    assignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignUnit($input: ReassignUnitInput!) {\n    reassignUnit(input: $input) {\n      assignment {\n        id\n        department {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignUnit($input: ReassignUnitInput!) {\n    reassignUnit(input: $input) {\n      assignment {\n        id\n        department {\n          id\n          name\n        }\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignUnit($input: UnassignUnitInput!) {\n    unassignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnassignUnit($input: UnassignUnitInput!) {\n    unassignUnit(input: $input) {\n      assignment {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeAssignmentRole($input: ChangeAssignmentRoleInput!) {\n    changeAssignmentRole(input: $input) {\n      assignment {\n        id\n        role\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeAssignmentRole($input: ChangeAssignmentRoleInput!) {\n    changeAssignmentRole(input: $input) {\n      assignment {\n        id\n        role\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      reminder {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendReminder($input: SendReminderInput!) {\n    sendReminder(input: $input) {\n      reminder {\n        id\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportFields on ProgressReport {\n    id\n    period\n    status\n    percent\n    narrative\n    reportedAt\n    supersedesId\n    reportedBy {\n      id\n      displayName\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment ReportFields on ProgressReport {\n    id\n    period\n    status\n    percent\n    narrative\n    reportedAt\n    supersedesId\n    reportedBy {\n      id\n      displayName\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyAssignment on Assignment {\n    id\n    role\n    light\n    task {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        title\n      }\n    }\n    latestReport {\n      ...ReportFields\n    }\n  }\n"): (typeof documents)["\n  fragment MyAssignment on Assignment {\n    id\n    role\n    light\n    task {\n      id\n      path\n      heading\n      text\n      deadline\n      document {\n        id\n        title\n      }\n    }\n    latestReport {\n      ...ReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    me {\n      id\n      department {\n        id\n        name\n        jurisdiction {\n          id\n          name\n        }\n        assignments {\n          ...MyAssignment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    me {\n      id\n      department {\n        id\n        name\n        jurisdiction {\n          id\n          name\n        }\n        assignments {\n          ...MyAssignment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReminders {\n    myReminders {\n      id\n      message\n      sentAt\n      readAt\n      sentBy {\n        id\n        displayName\n      }\n      assignment {\n        id\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyReminders {\n    myReminders {\n      id\n      message\n      sentAt\n      readAt\n      sentBy {\n        id\n        displayName\n      }\n      assignment {\n        id\n        task {\n          id\n          path\n          heading\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportIndicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n    }\n  }\n"): (typeof documents)["\n  query ReportIndicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      report {\n        ...ReportFields\n      }\n      assignment {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReportProgress($input: ReportProgressInput!) {\n    reportProgress(input: $input) {\n      report {\n        ...ReportFields\n      }\n      assignment {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n      errors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkReminderRead($input: MarkReminderReadInput!) {\n    markReminderRead(input: $input) {\n      reminder {\n        id\n        readAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkReminderRead($input: MarkReminderReadInput!) {\n    markReminderRead(input: $input) {\n      reminder {\n        id\n        readAt\n      }\n      errors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignmentLatest($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      assignments {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignmentLatest($taskId: ID!) {\n    task(id: $taskId) {\n      id\n      assignments {\n        id\n        light\n        latestReport {\n          ...ReportFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n      progressSummary {\n        total\n        green\n        yellow\n        red\n        completed\n        percentDone\n      }\n      tasks(status: RED, first: 10) {\n        totalCount\n        nodes {\n          id\n          light\n          task {\n            id\n            path\n            heading\n            deadline\n            document {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Overview($jurisdictionId: ID) {\n    departments(filter: { jurisdictionId: $jurisdictionId }) {\n      id\n      name\n      progressSummary {\n        total\n        green\n        yellow\n        red\n        completed\n        percentDone\n      }\n      tasks(status: RED, first: 10) {\n        totalCount\n        nodes {\n          id\n          light\n          task {\n            id\n            path\n            heading\n            deadline\n            document {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Jurisdictions {\n    jurisdictions {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query Jurisdictions {\n    jurisdictions {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Indicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n      scope\n      baseline {\n        value\n        year\n      }\n      targets {\n        comparator\n        value\n        year\n      }\n      latestValue\n      latestMeasuredOn\n      progress\n    }\n  }\n"): (typeof documents)["\n  query Indicators($jurisdictionId: ID!) {\n    indicators(jurisdictionId: $jurisdictionId) {\n      id\n      name\n      unit\n      scope\n      baseline {\n        value\n        year\n      }\n      targets {\n        comparator\n        value\n        year\n      }\n      latestValue\n      latestMeasuredOn\n      progress\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;