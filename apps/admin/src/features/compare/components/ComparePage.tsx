import { skipToken, useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { RoleBadge } from '../../../components/badges';
import type { CompareSectorQuery as Result } from '../../../graphql/generated/graphql';
import { comparePaths } from '../../../lib/domain';
import { CompareSectorQuery, SectorsQuery } from '../graphql/compare';

type Duty = NonNullable<Result['compareSector']>['duties'][number];

/** 跨地区对比: for one sector, what each jurisdiction gives its department of that line, and in which role. */
export function ComparePage() {
  const sectors = useQuery(SectorsQuery);
  const [sector, setSector] = useState<string | null>(null);
  const chosen = sector ?? sectors.data?.sectors[0]?.code ?? null;
  const { data, loading, error, refetch } = useQuery(CompareSectorQuery, chosen ? { variables: { sector: chosen } } : skipToken);
  const groups = useMemo(() => {
    const map = new Map<string, { name: string; duties: Duty[] }>();
    for (const duty of data?.compareSector?.duties ?? []) {
      const group = map.get(duty.jurisdiction.id) ?? { name: duty.jurisdiction.name, duties: [] };
      group.duties.push(duty);
      map.set(duty.jurisdiction.id, group);
    }
    for (const g of map.values()) g.duties.sort((a, b) => comparePaths(a.task.path, b.task.path));
    return [...map.values()];
  }, [data]);
  return (
    <>
      <PageHeader title="跨地区对比">
        <div style={{ marginTop: '0.75rem', maxWidth: '20rem' }}>
          <label htmlFor="compare-sector" className="field-label">领域(条线)</label>
          <Select
            id="compare-sector"
            style={{ width: '100%' }}
            value={chosen}
            loading={sectors.loading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(sectors.data?.sectors ?? []).map((s) => ({ value: s.code, label: s.name }))}
            onChange={(v: string) => { setSector(v); }}
          />
        </div>
      </PageHeader>
      <PageState loading={sectors.loading || (loading && !data)} error={sectors.error ?? error} onRetry={() => void refetch()} empty={groups.length === 0} emptyText="该领域在各地都没有分工">
        <div className="compare-grid">
          {groups.map((g) => (
            <section key={g.name} className="panel" aria-label={g.name}>
              <h2 className="card-title">{g.name}({g.duties.length} 项)</h2>
              <ul className="plain-list">
                {g.duties.map((d) => (
                  <li key={`${d.task.id}-${d.department.id}`}>
                    <RoleBadge role={d.role} /> <strong>{d.task.path.join('/')} {d.task.heading ?? ''}</strong>
                    <div className="muted">{d.department.name} · {d.task.document?.title ?? '会议议定事项'}</div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </PageState>
    </>
  );
}
