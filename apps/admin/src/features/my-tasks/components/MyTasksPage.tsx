import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { SimpleTabs } from '../../../components/SimpleTabs';
import { LightBadge } from '../../../components/badges';
import type { AssignmentRole, MyAssignmentFragment } from '../../../graphql/generated/graphql';
import { comparePaths, progressStatusLabel, roleLabel } from '../../../lib/domain';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import { MyTasksQuery } from '../graphql/my-tasks';
import { RemindersPanel } from './RemindersPanel';

const ReportDrawer = lazy(() => import('./ReportDrawer'));

const roles: AssignmentRole[] = ['LEAD', 'SUPPORT', 'LOCAL'];

function AssignmentTable({
  assignments,
  role,
  onReport,
}: {
  assignments: readonly MyAssignmentFragment[];
  role: AssignmentRole;
  onReport: ((id: string) => void) | null;
}) {
  if (assignments.length === 0) return <p className="muted">没有{roleLabel(role)}任务</p>;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{roleLabel(role)}任务</caption>
        <thead>
          <tr>
            <th scope="col">任务</th>
            <th scope="col">期限</th>
            <th scope="col">状态灯</th>
            <th scope="col">最新进展</th>
            {onReport && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {assignments.map((a) => {
            const title = `${a.task.path.join('/')} ${a.task.heading ?? ''}`.trim();
            return (
              <tr key={a.id} data-assignment={a.id}>
                <td style={{ maxWidth: '34rem' }}>
                  <strong>{title}</strong>
                  <p className="clamp-2">{a.task.text}</p>
                  <span className="muted">{a.task.document?.title ?? '会议议定事项'}</span>
                </td>
                <td>{a.task.deadline ?? '长期'}</td>
                <td>
                  <LightBadge light={a.light} />
                </td>
                <td style={{ maxWidth: '20rem' }}>
                  {a.latestReport ? (
                    <>
                      {progressStatusLabel(a.latestReport.status)} · {a.latestReport.percent}%
                      <p className="clamp-2">{a.latestReport.narrative}</p>
                      <span className="muted">{new Date(a.latestReport.reportedAt).toLocaleDateString('zh-CN')}</span>
                    </>
                  ) : (
                    '尚未填报'
                  )}
                </td>
                {onReport && (
                  <td>
                    <Button
                      type="primary"
                      aria-label={`填报进展:${title}`}
                      onClick={() => {
                        onReport(a.id);
                      }}
                    >
                      填报
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** 我的任务: the unit's duties by role, each with deadline, light and latest progress, and a report form. */
export function MyTasksPage() {
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(MyTasksQuery);
  const department = data?.me?.department ?? null;
  const [reporting, setReporting] = useState<string | null>(null);
  const mayReport = can(user, 'REPORT_PROGRESS');

  const byRole = useMemo(() => {
    const groups: Record<AssignmentRole, MyAssignmentFragment[]> = { LEAD: [], SUPPORT: [], LOCAL: [] };
    for (const a of department?.assignments ?? []) groups[a.role].push(a);
    for (const role of roles) groups[role].sort((a, b) => comparePaths(a.task.path, b.task.path));
    return groups;
  }, [department]);
  const current = department?.assignments.find((a) => a.id === reporting) ?? null;

  return (
    <>
      <PageHeader title="我的任务">
        {department && <p className="muted">{department.name} 承担的任务</p>}
      </PageHeader>
      <RemindersPanel />
      <section className="panel" aria-label="分工任务">
        <PageState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          empty={!department || department.assignments.length === 0}
          emptyText="本单位暂无分工任务"
        >
          <SimpleTabs
            label="按角色分组的任务"
            tabs={roles.map((role) => ({
              key: role,
              label: `${roleLabel(role)}(${byRole[role].length})`,
              content: (
                <AssignmentTable assignments={byRole[role]} role={role} onReport={mayReport ? setReporting : null} />
              ),
            }))}
          />
        </PageState>
      </section>
      {current && (
        <Suspense fallback={<p role="status">正在打开填报表单…</p>}>
          <ReportDrawer
            assignment={current}
            onClose={() => {
              setReporting(null);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
