import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import type { DepartmentsQuery as DepartmentsResult } from '../../../graphql/generated/graphql';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import {
  AddDepartmentAliasMutation,
  ArchiveDepartmentMutation,
  CreateDepartmentMutation,
  DepartmentsQuery,
  MergeDepartmentsMutation,
  MergePreviewQuery,
  RenameDepartmentMutation,
  SetLiaisonMutation,
} from '../graphql/departments';
import { MergePreview, positionLabels } from './MergePreview';

type Department = DepartmentsResult['departments'][number];
type Membership = Department['memberships'][number];
type Dialog =
  | { kind: 'create' }
  | { kind: 'rename' | 'alias' | 'merge'; department: Department }
  | { kind: 'liaison'; department: Department; membership: Membership };

function blankToNull(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** 张三 科长 0414-1234567. */
function liaisonText(liaison: Membership['liaison']): string | null {
  return liaison ? [liaison.name, liaison.title, liaison.phone].filter(Boolean).join(' ') : null;
}

/** The meeting's name, when a department belongs to more than one joint meeting. */
function meetingPrefix(d: Department, m: Membership): string {
  return d.memberships.length > 1 ? `${m.jointMeeting.name}:` : '';
}

/** 部门与成员单位: names, aliases, sectors, membership; the office creates, renames, merges and archives. */
export function DepartmentsPage() {
  const { user } = useSession();
  const mayEdit = can(user, 'EDIT_DEPARTMENT');
  const mayMerge = can(user, 'MERGE_DEPARTMENTS');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(DepartmentsQuery, {
    variables: { filter: { includeArchived, search: search.trim() || null } },
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [create] = useMutation(CreateDepartmentMutation);
  const [rename] = useMutation(RenameDepartmentMutation);
  const [addAlias] = useMutation(AddDepartmentAliasMutation);
  const [archive] = useMutation(ArchiveDepartmentMutation);
  const [merge] = useMutation(MergeDepartmentsMutation);
  const [setLiaison] = useMutation(SetLiaisonMutation);
  const [mergeId, setMergeId] = useState<string | null>(null);
  const keepId = dialog?.kind === 'merge' ? dialog.department.id : null;
  const preview = useQuery(
    MergePreviewQuery,
    keepId && mergeId ? { variables: { input: { keepId, mergeId } }, fetchPolicy: 'network-only' } : skipToken,
  );
  const [form] = Form.useForm();

  const close = () => {
    setDialog(null);
    setMergeId(null);
    setFailure(null);
    form.resetFields();
  };
  /** Every mutation returns `errors` as data; show the first, close on success. */
  const submit = async (values: Record<string, string>) => {
    if (!dialog) return;
    setFailure(null);
    let errors: readonly { message: string }[];
    if (dialog.kind === 'create') {
      const r = await create({
        variables: { input: { jurisdictionId: values.jurisdictionId ?? '', name: (values.name ?? '').trim(), sector: values.sector ?? null } },
      });
      errors = r.data?.createDepartment.errors ?? [];
    } else if (dialog.kind === 'rename') {
      const r = await rename({
        variables: { input: { departmentId: dialog.department.id, name: (values.name ?? '').trim(), expectedVersion: dialog.department.version } },
      });
      errors = r.data?.renameDepartment.errors ?? [];
    } else if (dialog.kind === 'alias') {
      const r = await addAlias({
        variables: { input: { departmentId: dialog.department.id, alias: (values.alias ?? '').trim(), expectedVersion: dialog.department.version } },
      });
      errors = r.data?.addDepartmentAlias.errors ?? [];
    } else if (dialog.kind === 'merge') {
      // The version the preview was computed on: the merge is refused (CONFLICT) if the department changed since.
      const previewed = preview.data?.mergeDepartmentsPreview.preview?.keep;
      const expectedVersion = previewed?.id === dialog.department.id ? previewed.version : dialog.department.version;
      const r = await merge({
        variables: { input: { keepId: dialog.department.id, mergeId: values.mergeId ?? '', expectedVersion } },
      });
      errors = r.data?.mergeDepartments.errors ?? [];
    } else {
      const { membership } = dialog as Extract<Dialog, { kind: 'liaison' }>;
      const r = await setLiaison({
        variables: {
          input: {
            memberId: membership.id,
            liaison: { name: (values.name ?? '').trim(), phone: blankToNull(values.phone), title: blankToNull(values.title) },
          },
        },
      });
      errors = r.data?.setLiaison.errors ?? [];
    }
    if (errors[0]) {
      setFailure(errors[0].message);
      return;
    }
    close();
    await refetch();
  };

  const departments = data?.departments ?? [];
  const titles = { create: '新建部门', rename: '重命名', alias: '添加别称', merge: '合并部门', liaison: '设置联络员' } as const;

  return (
    <>
      <PageHeader
        title="部门与成员单位"
        extra={
          mayEdit && (
            <Button type="primary" onClick={() => { setDialog({ kind: 'create' }); }}>
              新建部门
            </Button>
          )
        }
      >
        <Space wrap style={{ marginTop: '0.75rem' }}>
          <Input.Search
            aria-label="按名称或别称搜索"
            placeholder="按名称或别称搜索"
            allowClear
            onSearch={setSearch}
            style={{ width: '18rem' }}
          />
          <label>
            <Switch checked={includeArchived} onChange={setIncludeArchived} /> 显示已归档
          </label>
        </Space>
      </PageHeader>
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={departments.length === 0} emptyText="没有部门">
        <Table<Department>
          rowKey="id"
          dataSource={departments}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '名称', dataIndex: 'name', sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN') },
            { title: '行政区划', key: 'j', render: (_, d) => d.jurisdiction.name },
            { title: '领域', key: 's', render: (_, d) => d.sector?.name ?? '未定' },
            { title: '别称', key: 'a', render: (_, d) => (d.aliases.length ? d.aliases.map((a) => <Tag key={a}>{a}</Tag>) : '—') },
            {
              title: '成员单位',
              key: 'm',
              render: (_, d) =>
                d.memberships.length === 0
                  ? '否'
                  : d.memberships.map((m) => (
                      <div key={m.id}>
                        {meetingPrefix(d, m)}
                        {positionLabels[m.position]}
                      </div>
                    )),
            },
            {
              title: '联络员',
              key: 'l',
              render: (_, d) =>
                d.memberships.length === 0
                  ? '—'
                  : d.memberships.map((m) => (
                      <div key={m.id}>
                        {meetingPrefix(d, m)}
                        {liaisonText(m.liaison) ?? '未设'}
                      </div>
                    )),
            },
            { title: '状态', key: 'st', render: (_, d) => (d.archivedAt ? '已归档' : '在用') },
            ...(mayEdit
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    render: (_: unknown, d: Department) =>
                      d.archivedAt ? null : (
                        <Space wrap size="small">
                          <Button size="small" aria-label={`重命名 ${d.name}`} onClick={() => { setDialog({ kind: 'rename', department: d }); }}>重命名</Button>
                          <Button size="small" aria-label={`为 ${d.name} 添加别称`} onClick={() => { setDialog({ kind: 'alias', department: d }); }}>添加别称</Button>
                          {mayMerge && (
                            <Button size="small" aria-label={`把另一个部门合并到 ${d.name}`} onClick={() => { setDialog({ kind: 'merge', department: d }); }}>合并</Button>
                          )}
                          {d.memberships.map((m) => (
                            <Button
                              key={m.id}
                              size="small"
                              aria-label={d.memberships.length > 1 ? `设置 ${d.name} 在${m.jointMeeting.name}的联络员` : `设置 ${d.name} 的联络员`}
                              onClick={() => { setDialog({ kind: 'liaison', department: d, membership: m }); }}
                            >
                              联络员
                            </Button>
                          ))}
                          <Button
                            size="small"
                            danger
                            aria-label={`归档 ${d.name}`}
                            onClick={() => {
                              Modal.confirm({
                                title: `归档“${d.name}”?`,
                                content: '归档后保留历史记录,但不再接受新的分工。',
                                okText: '归档',
                                cancelText: '取消',
                                onOk: async () => {
                                  const r = await archive({ variables: { input: { departmentId: d.id, expectedVersion: d.version } } });
                                  const e = r.data?.archiveDepartment.errors[0];
                                  if (e) throw new Error(e.message);
                                  await refetch();
                                },
                              });
                            }}
                          >
                            归档
                          </Button>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
      </PageState>
      <Modal
        open={dialog !== null}
        title={dialog ? `${titles[dialog.kind]}${dialog.kind === 'create' ? '' : `:${dialog.department.name}`}` : ''}
        okText="确定"
        cancelText="取消"
        onCancel={close}
        onOk={() => { form.submit(); }}
        destroyOnHidden
      >
        {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: '1rem' }} />}
        <Form form={form} layout="vertical" onFinish={(v: Record<string, string>) => void submit(v)} preserve={false}>
          {dialog?.kind === 'create' && (
            <>
              <Form.Item label="行政区划" name="jurisdictionId" rules={[{ required: true, message: '请选择行政区划' }]}>
                <Select options={(data?.jurisdictions ?? []).map((j) => ({ value: j.id, label: j.name }))} />
              </Form.Item>
              <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请输入部门名称' }, { max: 60, message: '名称不超过60字' }]}>
                <Input />
              </Form.Item>
              <Form.Item label="领域" name="sector">
                <Select allowClear options={(data?.sectors ?? []).map((s) => ({ value: s.code, label: s.name }))} />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'rename' && (
            <Form.Item label="新名称" name="name" initialValue={dialog.department.name} rules={[{ required: true, whitespace: true, message: '请输入新名称' }]}>
              <Input />
            </Form.Item>
          )}
          {dialog?.kind === 'alias' && (
            <Form.Item label="别称" name="alias" rules={[{ required: true, whitespace: true, message: '请输入别称' }]}>
              <Input placeholder="如:市卫健局" />
            </Form.Item>
          )}
          {dialog?.kind === 'liaison' && (
            <>
              <p>{dialog.membership.jointMeeting.name} · {positionLabels[dialog.membership.position]}</p>
              <Form.Item label="姓名" name="name" initialValue={dialog.membership.liaison?.name} rules={[{ required: true, whitespace: true, message: '请输入联络员姓名' }]}>
                <Input />
              </Form.Item>
              <Form.Item label="职务" name="title" initialValue={dialog.membership.liaison?.title ?? undefined}><Input /></Form.Item>
              <Form.Item label="电话" name="phone" initialValue={dialog.membership.liaison?.phone ?? undefined} rules={[{ pattern: /^[\d\-+ ]{5,20}$/, message: '请输入有效的电话号码' }]}>
                <Input inputMode="tel" />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'merge' && (
            <>
              <p>保留“{dialog.department.name}”,把下面选择的部门并入它:被并入部门的分工、成员身份和账号移到保留部门,其名称和别称成为保留部门的别称;被并入部门归档。选择后先显示预览,确认无误再点“确定”。</p>
              <Form.Item label="被合并的部门" name="mergeId" rules={[{ required: true, message: '请选择要合并的部门' }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  onChange={(v: string) => { setMergeId(v); }}
                  options={departments
                    .filter((d) => d.id !== dialog.department.id && !d.archivedAt && d.jurisdiction.id === dialog.department.jurisdiction.id)
                    .map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
              {preview.loading && <p role="status">正在计算合并预览…</p>}
              {preview.error && <Alert type="error" showIcon role="alert" title={`无法预览合并:${preview.error.message}`} />}
              {preview.data && (
                <MergePreview payload={preview.data.mergeDepartmentsPreview} keepName={dialog.department.name} />
              )}
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
