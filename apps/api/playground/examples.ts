/** Ready example operations, one per tab: what a newcomer most likely wants to try first. */
export const exampleTabs = [
  {
    query: `# 1. 登录 / Log in — sets an HttpOnly cookie, so the other tabs then work as this user.
#    演示账号见启动日志 / demo logins are printed when the API starts.
mutation Login {
  login(input: { username: "admin", password: "change-me" }) {
    user { username displayName role }
    expiresAt
    errors { code message field }
  }
}
`,
  },
  {
    query: `# 2. 我的职责 / My duties: the tasks where my department leads or supports.
query MyDuties {
  me {
    username
    role
    department {
      name
      progressSummary { total green yellow red percentDone }
      lead: tasks(role: LEAD, first: 20) {
        totalCount
        nodes { id light task { path text deadline } latestReport { status percent reportedAt } }
      }
      support: tasks(role: SUPPORT, first: 20) {
        totalCount
        nodes { id light task { path text deadline } }
      }
    }
  }
}
`,
  },
  {
    query: `# 3. 部门的任务 / Tasks of a department (paste an id from \`departments\`).
query DepartmentTasks($departmentId: ID!, $after: String) {
  department(id: $departmentId) {
    name
    aliases
    tasks(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { role light task { path heading text deadline } } }
    }
  }
}

query Departments {
  departments { id name aliases jurisdiction { name } }
}
`,
    variables: '{ "departmentId": "" }',
  },
  {
    query: `# 4. 文件的责任矩阵 / The responsibility matrix of a document.
query Documents {
  documents { id title docNumber jurisdiction { name } }
}

query Matrix($documentId: ID!) {
  responsibilityMatrix(documentId: $documentId) {
    document { title }
    departments { id name }
    tasks { id path text }
    cells { taskId departmentId role light }
    violations { code message taskId }
  }
}
`,
    variables: '{ "documentId": "" }',
  },
  {
    query: `# 5. 填报进展 / Report progress on an assignment (a MEMBER, for its own department).
#    先读分工、本期和相关指标 / First read the assignment, this period and the indicators to report.
query ReportContext($assignmentId: ID!) {
  currentPeriod { key label endsOn daysLeft }
  assignment(id: $assignmentId) {
    id role light
    task { path text deadline indicators { id name unit } }
    latestReport { id status percent }
  }
}

mutation ReportProgress($input: ReportProgressInput!) {
  reportProgress(input: $input) {
    report { id period status percent narrative reportedAt }
    assignment { id light }
    errors { code message field }
  }
}
`,
    variables: `{
  "input": {
    "assignmentId": "",
    "status": "IN_PROGRESS",
    "percent": 50,
    "narrative": "已完成调研,正在起草方案。",
    "idempotencyKey": "example-1"
  },
  "assignmentId": ""
}`,
  },
  {
    query: `# 6. 总览 / The leader's page of a jurisdiction: progress by department, what is late, targets.
query Jurisdictions {
  jurisdictions { id name level }
}

query Overview($jurisdictionId: ID!) {
  overview(jurisdictionId: $jurisdictionId) {
    period { label endsOn }
    totals { total green yellow red completed percentDone }
    departments { department { name } summary { total green yellow red percentDone } }
    lateCount
    late(first: 20) {
      department { name }
      task { path heading }
      deadline
      daysOverdue
      latestReport { status percent reportedAt }
    }
    indicators { name unit baseline { value } targets { comparator value year } latestValue progress }
  }
}
`,
    variables: '{ "jurisdictionId": "" }',
  },
  {
    query: `# 7. 合并预览 / What merging two names of one department would move (ADMIN; changes nothing).
query MergePreview($keepId: ID!, $mergeId: ID!) {
  mergeDepartmentsPreview(input: { keepId: $keepId, mergeId: $mergeId }) {
    preview {
      aliasesAdded
      assignmentGroups { document { title } role count }
      reportsMoved
      conflicts { task { path } keepRole mergeRole resultRole message }
      memberships { jointMeeting { name } outcome positionAfter liaisonAfter { name } }
      users { username }
      dutiesMoved
    }
    errors { code message field }
  }
}

query Departments {
  departments { id name aliases memberships { position jointMeeting { name } liaison { name phone } } }
}
`,
    variables: '{ "keepId": "", "mergeId": "" }',
  },
];
