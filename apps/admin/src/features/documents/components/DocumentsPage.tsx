import { useQuery } from '@apollo/client/react';
import { Button, Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import type { DocumentsQuery as DocumentsResult } from '../../../graphql/generated/graphql';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import { DocumentsQuery } from '../graphql/documents';

type Doc = DocumentsResult['documents'][number];
const statusLabels = { EFFECTIVE: '有效', REPEALED: '废止', DRAFT: '征求意见稿' } as const;

/** 政策文件: the imported plans; the office imports new ones. */
export function DocumentsPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(DocumentsQuery);
  const documents = data?.documents ?? [];
  return (
    <>
      <PageHeader
        title="政策文件"
        extra={
          can(user, 'IMPORT_DOCUMENT') && (
            <Button type="primary" onClick={() => void navigate('/documents/import')}>
              导入文件
            </Button>
          )
        }
      />
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={documents.length === 0} emptyText="还没有导入政策文件">
        <Table<Doc>
          rowKey="id"
          dataSource={documents}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '标题', key: 't', render: (_, d) => <Link to={`/matrix?documentId=${d.id}`}>{d.title}</Link> },
            { title: '文号', key: 'n', render: (_, d) => d.docNumber ?? '—' },
            { title: '发文单位', key: 'i', render: (_, d) => d.issuer ?? '—' },
            { title: '行政区划', key: 'j', render: (_, d) => d.jurisdiction.name },
            { title: '成文日期', key: 'd', render: (_, d) => d.issuedOn ?? '—' },
            { title: '状态', key: 's', render: (_, d) => statusLabels[d.status] },
            { title: '修订', key: 'r', render: (_, d) => `第 ${d.revision} 版` },
          ]}
        />
      </PageState>
    </>
  );
}
