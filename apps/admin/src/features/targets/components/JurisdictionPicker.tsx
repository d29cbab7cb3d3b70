import { Select } from 'antd';
import type { useJurisdiction } from '../hooks/useJurisdiction';

export function JurisdictionPicker({ state }: { state: ReturnType<typeof useJurisdiction> }) {
  if (state.fixed) return null;
  return (
    <div style={{ marginTop: '0.75rem', maxWidth: '20rem' }}>
      <label htmlFor="jurisdiction-picker" className="field-label">行政区划</label>
      <Select
        id="jurisdiction-picker"
        style={{ width: '100%' }}
        value={state.id}
        options={state.jurisdictions.map((j) => ({
          value: j.id,
          label:
            j.documentCount > 0
              ? `${j.name}(${j.documentCount} 份文件,${j.assignmentCount} 项分工)`
              : `${j.name}(无文件)`,
        }))}
        onChange={(v: string) => { state.setPicked(v); }}
      />
    </div>
  );
}
