import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { LazyChart } from '../../../components/LazyChart';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { LightBadge, RoleBadge, lightColors } from '../../../components/badges';
import { progressStatusLabel } from '../../../lib/domain';
import { IndicatorsTable } from '../../targets/components/IndicatorsView';
import { JurisdictionPicker } from '../../targets/components/JurisdictionPicker';
import { useJurisdiction } from '../../targets/hooks/useJurisdiction';
import { OverviewQuery } from '../graphql/overview';

/** How many late items the page lists (longest overdue first); the count covers them all. */
const LATE_SHOWN = 100;

/** 总览 for leaders: progress by department, what is late, targets at a glance — one request. */
export function OverviewPage() {
  const jurisdiction = useJurisdiction();
  const { data, loading, error, refetch } = useQuery(
    OverviewQuery,
    jurisdiction.id ? { variables: { jurisdictionId: jurisdiction.id, late: LATE_SHOWN } } : skipToken,
  );
  const overview = data?.overview ?? null;
  const departments = useMemo(() => overview?.departments ?? [], [overview]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: departments.map((d) => d.department.name) },
      series: (['GREEN', 'YELLOW', 'RED'] as const).map((light) => ({
        type: 'bar',
        stack: 'light',
        name: { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' }[light],
        itemStyle: { color: lightColors[light].border },
        data: departments.map((d) => d.summary[light.toLowerCase() as 'green' | 'yellow' | 'red']),
      })),
    }),
    [departments],
  );
  const late = overview?.late ?? [];
  return (
    <>
      <PageHeader title="总览">
        <JurisdictionPicker state={jurisdiction} />
        {overview && (
          <p className="muted">
            本期:{overview.period.label}(截至 {overview.period.endsOn})· 分工 {overview.totals.total} 项,绿灯{' '}
            {overview.totals.green}、黄灯 {overview.totals.yellow}、红灯 {overview.totals.red},已完成{' '}
            {overview.totals.completed},平均进度 {Math.round(overview.totals.percentDone)}%
          </p>
        )}
      </PageHeader>
      <PageState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={!overview}
        emptyText="请选择行政区划"
      >
        <section className="panel" aria-labelledby="by-dept">
          <h2 id="by-dept" className="card-title">各部门进展</h2>
          {departments.length === 0 ? (
            <p className="muted">还没有分工任务</p>
          ) : (
            <>
              <LazyChart
                option={option}
                label={`各部门分工状态:${departments.map((d) => `${d.department.name} 绿${d.summary.green} 黄${d.summary.yellow} 红${d.summary.red}`).join(';')}`}
                height={`${Math.max(12, departments.length * 2)}rem`}
              />
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">各部门进展数字</caption>
                  <thead>
                    <tr>
                      <th scope="col">部门</th><th scope="col">分工</th><th scope="col">绿灯</th><th scope="col">黄灯</th><th scope="col">红灯</th><th scope="col">已完成</th><th scope="col">平均进度</th>
                    </tr>
                  </thead>
                  <tbody>
                    {departments.map(({ department, summary }) => (
                      <tr key={department.id}>
                        <th scope="row">{department.name}</th>
                        <td>{summary.total}</td><td>{summary.green}</td><td>{summary.yellow}</td><td>{summary.red}</td>
                        <td>{summary.completed}</td><td>{Math.round(summary.percentDone)}%</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="late">
          <h2 id="late" className="card-title">逾期事项({overview?.lateCount ?? 0})</h2>
          {late.length === 0 ? (
            <p className="muted">没有逾期事项</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">逾期事项,逾期最久的在前</caption>
                <thead>
                  <tr>
                    <th scope="col">部门</th><th scope="col">任务</th><th scope="col">期限</th><th scope="col">逾期</th><th scope="col">最新进展</th><th scope="col">查看</th>
                  </tr>
                </thead>
                <tbody>
                  {late.map((item) => (
                    <tr key={item.assignment.id}>
                      <th scope="row">
                        {item.department.name} <RoleBadge role={item.assignment.role} />
                      </th>
                      <td style={{ maxWidth: '28rem' }}>
                        <LightBadge light="RED" compact /> {item.task.path.join('/')} {item.task.heading ?? ''}
                        {item.task.document && <div className="muted">{item.task.document.title}</div>}
                      </td>
                      <td>{item.deadline ?? '—'}</td>
                      <td>{item.daysOverdue} 天</td>
                      <td style={{ maxWidth: '20rem' }}>
                        {item.latestReport ? (
                          <>
                            {progressStatusLabel(item.latestReport.status)} · {item.latestReport.percent}%(
                            {new Date(item.latestReport.reportedAt).toLocaleDateString('zh-CN')})
                            <p className="clamp-2">{item.latestReport.narrative}</p>
                          </>
                        ) : (
                          '尚未填报'
                        )}
                      </td>
                      <td>
                        {item.task.document && (
                          <Link to={`/matrix?documentId=${item.task.document.id}`} aria-label={`在矩阵中查看 ${item.task.path.join('/')}`}>
                            在矩阵中查看
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {(overview?.lateCount ?? 0) > late.length && (
                <p className="muted">仅列出逾期最久的 {late.length} 项,共 {overview?.lateCount} 项。</p>
              )}
            </div>
          )}
        </section>
        <section className="panel" aria-labelledby="targets">
          <h2 id="targets" className="card-title">目标指标</h2>
          <IndicatorsTable indicators={overview?.indicators ?? []} />
        </section>
      </PageState>
    </>
  );
}
