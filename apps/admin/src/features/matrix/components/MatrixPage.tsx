import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Button, Select } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { LightBadge, RoleBadge } from '../../../components/badges';
import { DocumentOptionsQuery, ResponsibilityMatrixQuery } from '../graphql/matrix';
import { buildMatrixRows } from '../hooks/matrix-rows';
import { AssignmentDrawer, type DrawerSelection } from './AssignmentDrawer';
import { MatrixTable } from './MatrixTable';

/** 责任矩阵: pick a document; departments × tasks with roles and lights; a cell opens its history. */
export function MatrixPage() {
  const [params, setParams] = useSearchParams();
  const documentId = params.get('documentId');
  const documents = useQuery(DocumentOptionsQuery);
  const selected = documentId ?? documents.data?.documents[0]?.id ?? null;
  const { data, loading, error, refetch } = useQuery(
    ResponsibilityMatrixQuery,
    selected ? { variables: { documentId: selected } } : skipToken,
  );
  const matrix = data?.responsibilityMatrix ?? null;
  const rows = useMemo(() => (matrix ? buildMatrixRows(matrix) : []), [matrix]);
  const [selection, setSelection] = useState<DrawerSelection | null>(null);
  const [exporting, setExporting] = useState(false);
  const onSelect = useCallback((next: DrawerSelection) => {
    setSelection(next);
  }, []);

  const exportXlsx = async () => {
    if (!matrix) return;
    setExporting(true);
    try {
      const { exportMatrixXlsx } = await import('../hooks/export-xlsx');
      await exportMatrixXlsx(matrix.document.title, rows);
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title="责任矩阵"
        extra={
          <Button type="primary" disabled={!matrix} loading={exporting} onClick={() => void exportXlsx()}>
            导出 Excel
          </Button>
        }
      >
        <div style={{ marginTop: '0.75rem', maxWidth: '40rem' }}>
          <label htmlFor="matrix-document" className="field-label">
            政策文件
          </label>
          <Select
            id="matrix-document"
            style={{ width: '100%' }}
            loading={documents.loading}
            value={selected}
            placeholder="选择政策文件"
            showSearch={{ optionFilterProp: 'label' }}
            options={(documents.data?.documents ?? []).map((d) => ({
              value: d.id,
              label: d.docNumber ? `${d.title}(${d.docNumber})` : d.title,
            }))}
            onChange={(value: string) => {
              setParams({ documentId: value });
            }}
          />
        </div>
        <p className="muted legend">
          图例:<RoleBadge role="LEAD" /> 牵头 <RoleBadge role="SUPPORT" /> 配合 <RoleBadge role="LOCAL" /> 属地;
          <LightBadge light="GREEN" compact /> <LightBadge light="YELLOW" compact /> <LightBadge light="RED" compact />
        </p>
      </PageHeader>
      <PageState
        loading={documents.loading || (loading && !data)}
        error={documents.error ?? error}
        onRetry={() => void refetch()}
        empty={!selected || !matrix || rows.length === 0}
        emptyText={selected ? '该文件没有任务' : '还没有政策文件,请先导入'}
      >
        {matrix && matrix.violations.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: '1rem' }}
            title={`需要核对的分工(${matrix.violations.length})`}
            description={
              <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
                {matrix.violations.slice(0, 10).map((v, i) => (
                  <li key={`${v.code}-${i}`}>{v.message}</li>
                ))}
              </ul>
            }
          />
        )}
        {matrix && (
          <p className="muted">
            {matrix.document.title}:{rows.length} 项任务 × {matrix.departments.length} 个部门
          </p>
        )}
        {matrix && <MatrixTable rows={rows} departments={matrix.departments} onSelect={onSelect} />}
      </PageState>
      {selection && (
        <AssignmentDrawer
          key={`${selection.taskId}:${selection.assignmentId ?? ''}`}
          selection={selection}
          onClose={() => {
            setSelection(null);
          }}
          onChanged={() => void refetch()}
        />
      )}
    </>
  );
}
