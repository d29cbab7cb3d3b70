import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Drawer, Form, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { LightBadge, RoleBadge } from '../../../components/badges';
import { PageState } from '../../../components/PageState';
import type { AssignmentRole } from '../../../graphql/generated/graphql';
import { progressStatusLabel, roleLabel } from '../../../lib/domain';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import {
  AssignmentDetailQuery,
  AssignUnitMutation,
  ChangeAssignmentRoleMutation,
  DepartmentOptionsQuery,
  SendReminderMutation,
  UnassignUnitMutation,
} from '../graphql/matrix';
import type { MatrixCellData } from '../hooks/matrix-rows';

const roles: AssignmentRole[] = ['LEAD', 'SUPPORT', 'LOCAL'];

/** One cell: the assignment's progress history; for the office, correct the unit or role and send a reminder. */
export function AssignmentDrawer({
  cell,
  onClose,
  onChanged,
}: {
  cell: MatrixCellData | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(
    AssignmentDetailQuery,
    cell ? { variables: { id: cell.assignmentId }, fetchPolicy: 'network-only' } : skipToken,
  );
  const assignment = data?.assignment ?? null;
  const task = assignment?.task ?? null;
  const mayEdit = can(user, 'EDIT_ASSIGNMENTS');
  const maySend = can(user, 'SEND_REMINDER');
  const { data: departments } = useQuery(DepartmentOptionsQuery, {
    variables: { jurisdictionId: task?.document?.jurisdiction.id ?? null },
  });
  const [assignUnit] = useMutation(AssignUnitMutation);
  const [unassignUnit] = useMutation(UnassignUnitMutation);
  const [changeRole] = useMutation(ChangeAssignmentRoleMutation);
  const [sendReminder] = useMutation(SendReminderMutation);
  const [feedback, setFeedback] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string | null>, success: string) => {
    setBusy(true);
    setFeedback(null);
    try {
      const problem = await action();
      setFeedback(problem ? { type: 'error', text: problem } : { type: 'success', text: success });
      if (!problem) onChanged();
    } catch (e) {
      setFeedback({ type: 'error', text: e instanceof Error ? e.message : '操作失败' });
    } finally {
      setBusy(false);
    }
  };

  const correctUnit = (departmentId: string) =>
    run(async () => {
      if (!assignment || !task) return '分工不存在';
      const added = await assignUnit({ variables: { input: { taskId: task.id, departmentId, role: assignment.role } } });
      const addError = added.data?.assignUnit.errors[0];
      if (addError) return addError.message;
      const removed = await unassignUnit({ variables: { input: { assignmentId: assignment.id } } });
      return removed.data?.unassignUnit.errors[0]?.message ?? null;
    }, '已更正责任单位');

  return (
    <Drawer open={cell !== null} onClose={onClose} size="large" title="分工详情与进展记录" destroyOnHidden>
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!assignment} emptyText="该分工已不存在">
        {task && assignment && (
          <>
            <h2 className="card-title">
              {task.path.join('/')} {task.heading ?? ''}
            </h2>
            <p>{task.text}</p>
            <p>
              {assignment.department.name} <RoleBadge role={assignment.role} /> <LightBadge light={assignment.light} />
              {task.deadline ? ` 期限:${task.deadline}` : ''}
            </p>
            {feedback && (
              <Alert type={feedback.type} title={feedback.text} showIcon role={feedback.type === 'error' ? 'alert' : 'status'} style={{ marginBottom: '1rem' }} />
            )}
            {mayEdit && (
              <section className="panel" aria-labelledby="correct-title">
                <h3 id="correct-title" className="card-title">更正分工</h3>
                <Form layout="vertical">
                  <Form.Item label="更正责任单位(改为另一个部门)" htmlFor="correct-unit">
                    <Select
                      id="correct-unit"
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder="选择正确的部门"
                      disabled={busy}
                      options={(departments?.departments ?? [])
                        .filter((d) => d.id !== assignment.department.id)
                        .map((d) => ({ value: d.id, label: d.name }))}
                      onChange={(value: string) => void correctUnit(value)}
                    />
                  </Form.Item>
                  <Form.Item label="角色" htmlFor="change-role">
                    <Select
                      id="change-role"
                      value={assignment.role}
                      disabled={busy}
                      options={roles.map((r) => ({ value: r, label: `${roleLabel(r)}单位` }))}
                      onChange={(role: AssignmentRole) =>
                        void run(async () => {
                          const r = await changeRole({ variables: { input: { assignmentId: assignment.id, role } } });
                          return r.data?.changeAssignmentRole.errors[0]?.message ?? null;
                        }, '已修改角色')
                      }
                    />
                  </Form.Item>
                  <Button
                    danger
                    disabled={busy}
                    onClick={() =>
                      void run(async () => {
                        const r = await unassignUnit({ variables: { input: { assignmentId: assignment.id } } });
                        return r.data?.unassignUnit.errors[0]?.message ?? null;
                      }, '已移除该分工')
                    }
                  >
                    移除该分工
                  </Button>
                </Form>
              </section>
            )}
            {maySend && (
              <section className="panel" aria-labelledby="remind-title">
                <h3 id="remind-title" className="card-title">督办催办</h3>
                <Form
                  layout="vertical"
                  onFinish={(values: { message: string }) =>
                    void run(async () => {
                      const r = await sendReminder({ variables: { input: { assignmentId: assignment.id, message: values.message.trim() } } });
                      return r.data?.sendReminder.errors[0]?.message ?? null;
                    }, '已发送督办提醒')
                  }
                >
                  <Form.Item label="提醒内容" name="message" rules={[{ required: true, whitespace: true, message: '请填写提醒内容' }]}>
                    <Input.TextArea rows={2} maxLength={500} />
                  </Form.Item>
                  <Button htmlType="submit" disabled={busy}>
                    发送提醒
                  </Button>
                </Form>
              </section>
            )}
            <h3 className="card-title">进展记录</h3>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={[...assignment.reports].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))}
              locale={{ emptyText: '尚无进展填报' }}
              columns={[
                { title: '填报时间', key: 'at', render: (_, r) => new Date(r.reportedAt).toLocaleString('zh-CN') },
                { title: '期间', dataIndex: 'period' },
                { title: '状态', key: 'status', render: (_, r) => `${progressStatusLabel(r.status)} ${r.percent}%` },
                { title: '进展情况', dataIndex: 'narrative' },
                { title: '填报人', key: 'by', render: (_, r) => r.reportedBy?.displayName ?? '—' },
              ]}
            />
            <Space />
          </>
        )}
      </PageState>
    </Drawer>
  );
}
