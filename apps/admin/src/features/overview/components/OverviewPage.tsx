import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LazyChart } from '../../../components/LazyChart';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { LightBadge, lightColors } from '../../../components/badges';
import { IndicatorsView } from '../../targets/components/IndicatorsView';
import { JurisdictionPicker } from '../../targets/components/JurisdictionPicker';
import { useJurisdiction } from '../../targets/hooks/useJurisdiction';
import { OverviewQuery } from '../graphql/overview';

/** 总览 for leaders: progress by department, what is late, targets at a glance. */
export function OverviewPage() {
  const jurisdiction = useJurisdiction();
  const { data, loading, error, refetch } = useQuery(OverviewQuery, { variables: { jurisdictionId: jurisdiction.id } });
  const departments = useMemo(
    () => (data?.departments ?? []).filter((d) => d.progressSummary.total > 0).sort((a, b) => b.progressSummary.red - a.progressSummary.red),
    [data],
  );
  const late = departments.flatMap((d) => d.tasks.nodes.map((a) => ({ department: d.name, assignment: a })));
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: departments.map((d) => d.name) },
      series: (['GREEN', 'YELLOW', 'RED'] as const).map((light) => ({
        type: 'bar',
        stack: 'light',
        name: { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' }[light],
        itemStyle: { color: lightColors[light].border },
        data: departments.map((d) => d.progressSummary[light.toLowerCase() as 'green' | 'yellow' | 'red']),
      })),
    }),
    [departments],
  );
  return (
    <>
      <PageHeader title="总览">
        <JurisdictionPicker state={jurisdiction} />
      </PageHeader>
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={departments.length === 0} emptyText="还没有分工任务">
        <section className="panel" aria-labelledby="by-dept">
          <h2 id="by-dept" className="card-title">各部门进展</h2>
          <LazyChart
            option={option}
            label={`各部门分工状态:${departments.map((d) => `${d.name} 绿${d.progressSummary.green} 黄${d.progressSummary.yellow} 红${d.progressSummary.red}`).join(';')}`}
            height={`${Math.max(12, departments.length * 2)}rem`}
          />
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">各部门进展数字</caption>
              <thead>
                <tr>
                  <th scope="col">部门</th><th scope="col">分工</th><th scope="col">绿灯</th><th scope="col">黄灯</th><th scope="col">红灯</th><th scope="col">已完成</th><th scope="col">完成率</th>
                </tr>
              </thead>
              <tbody>
                {departments.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">{d.name}</th>
                    <td>{d.progressSummary.total}</td><td>{d.progressSummary.green}</td><td>{d.progressSummary.yellow}</td><td>{d.progressSummary.red}</td>
                    <td>{d.progressSummary.completed}</td><td>{Math.round(d.progressSummary.percentDone)}%</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="panel" aria-labelledby="late">
          <h2 id="late" className="card-title">逾期事项({late.length})</h2>
          {late.length === 0 ? (
            <p className="muted">没有逾期事项</p>
          ) : (
            <ul className="reminder-list">
              {late.map(({ department, assignment }) => (
                <li key={assignment.id}>
                  <span>
                    <LightBadge light={assignment.light} /> {department}:{assignment.task.path.join('/')} {assignment.task.heading ?? ''}
                    {assignment.task.deadline ? `(期限 ${assignment.task.deadline})` : ''}
                  </span>
                  {assignment.task.document && <Link to={`/matrix?documentId=${assignment.task.document.id}`}>在矩阵中查看</Link>}
                </li>
              ))}
            </ul>
          )}
        </section>
      </PageState>
      <section className="panel" aria-labelledby="targets">
        <h2 id="targets" className="card-title">目标指标</h2>
        <IndicatorsView jurisdictionId={jurisdiction.id} />
      </section>
    </>
  );
}
