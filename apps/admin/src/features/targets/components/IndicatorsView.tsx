import { skipToken, useQuery } from '@apollo/client/react';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { LazyChart } from '../../../components/LazyChart';
import { PageState } from '../../../components/PageState';
import type { IndicatorFieldsFragment } from '../../../graphql/generated/graphql';
import { IndicatorsQuery } from '../graphql/targets';

const comparatorSigns = { GTE: '≥', LTE: '≤', EQ: '=' } as const;

/** Each indicator against its baseline and latest value: a chart of progress to target and the figures. */
export function IndicatorsTable({ indicators }: { indicators: readonly IndicatorFieldsFragment[] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: indicators.map((i) => i.name), axisLabel: { width: 220, overflow: 'truncate' } },
      series: [{ type: 'bar', name: '距目标进度', data: indicators.map((i) => Math.round(i.progress ?? 0)), itemStyle: { color: '#0a4fbf' }, label: { show: true, position: 'right', formatter: '{c}%' } }],
    }),
    [indicators],
  );
  if (indicators.length === 0) return <Empty description="该地区没有目标指标" />;
  return (
    <>
      <LazyChart option={option} label={`目标指标完成进度图:${indicators.map((i) => `${i.name} ${Math.round(i.progress ?? 0)}%`).join(',')}`} height={`${Math.max(12, indicators.length * 3)}rem`} />
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">目标指标数值</caption>
          <thead>
            <tr>
              <th scope="col">指标</th>
              <th scope="col">基线</th>
              <th scope="col">最新值</th>
              <th scope="col">目标</th>
              <th scope="col">进度</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id}>
                <th scope="row">{i.name}{i.unit ? `(${i.unit})` : ''}</th>
                <td>{i.baseline ? `${i.baseline.value}${i.baseline.year ? `(${i.baseline.year}年)` : ''}` : '—'}</td>
                <td>{i.latestValue ?? '—'}{i.latestMeasuredOn ? `(${i.latestMeasuredOn})` : ''}</td>
                <td>{i.targets.map((t) => `${comparatorSigns[t.comparator]} ${t.value}${t.year ? `(${t.year}年)` : ''}`).join(';') || '—'}</td>
                <td>{i.progress === null ? '—' : `${Math.round(i.progress)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** 目标指标 of a jurisdiction, read on their own (the 总览 page gets them inside `overview`). */
export function IndicatorsView({ jurisdictionId }: { jurisdictionId: string | null }) {
  const { data, loading, error, refetch } = useQuery(IndicatorsQuery, jurisdictionId ? { variables: { jurisdictionId } } : skipToken);
  return (
    <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!jurisdictionId} emptyText="该地区没有目标指标">
      <IndicatorsTable indicators={data?.indicators ?? []} />
    </PageState>
  );
}
