import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Drawer, Form, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { LightBadge, RoleBadge } from '../../../components/badges';
import { PageState } from '../../../components/PageState';
import type { AssignmentRole } from '../../../graphql/generated/graphql';
import { progressStatusLabel, roleLabel } from '../../../lib/domain';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import {
  AssignUnitMutation,
  ChangeAssignmentRoleMutation,
  DepartmentOptionsQuery,
  ReassignUnitMutation,
  SendReminderMutation,
  TaskAssignmentsQuery,
  UnassignUnitMutation,
} from '../graphql/matrix';

const roles: AssignmentRole[] = ['LEAD', 'SUPPORT', 'LOCAL'];
const roleOptions = roles.map((r) => ({ value: r, label: `${roleLabel(r)}单位` }));

/** What the drawer shows: a task, and optionally one of its assignments (a matrix cell). */
export interface DrawerSelection {
  taskId: string;
  assignmentId: string | null;
}

/**
 * One task of the matrix: its full text and units; for a chosen unit (a cell) the progress history. The office
 * also corrects a mis-read unit or role, removes a unit, adds one the reader missed, and sends a reminder.
 */
export function AssignmentDrawer({
  selection,
  onClose,
  onChanged,
}: {
  selection: DrawerSelection;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(TaskAssignmentsQuery, {
    variables: { taskId: selection.taskId },
    fetchPolicy: 'network-only',
  });
  const [assignmentId, setAssignmentId] = useState(selection.assignmentId);
  const task = data?.task ?? null;
  const assignment = task?.assignments.find((a) => a.id === assignmentId) ?? null;
  const mayEdit = can(user, 'EDIT_ASSIGNMENTS');
  const maySend = can(user, 'SEND_REMINDER');
  const jurisdictionId = task?.document?.jurisdiction.id ?? null;
  const { data: departments } = useQuery(
    DepartmentOptionsQuery,
    mayEdit && jurisdictionId ? { variables: { jurisdictionId } } : skipToken,
  );
  const [assignUnit] = useMutation(AssignUnitMutation);
  const [reassignUnit] = useMutation(ReassignUnitMutation);
  const [unassignUnit] = useMutation(UnassignUnitMutation);
  const [changeRole] = useMutation(ChangeAssignmentRoleMutation);
  const [sendReminder] = useMutation(SendReminderMutation);
  const [feedback, setFeedback] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [addForm] = Form.useForm<{ departmentId: string; role: AssignmentRole }>();

  /** Runs one write; `action` answers the expected failure's message, or null when it succeeded. */
  const run = async (action: () => Promise<string | null>, success: string) => {
    setBusy(true);
    setFeedback(null);
    try {
      const problem = await action();
      if (!problem) {
        // Re-read first, so that the success message never stands beside the state from before the write.
        await refetch();
        onChanged();
      }
      setFeedback(problem ? { type: 'error', text: problem } : { type: 'success', text: success });
    } catch (e) {
      setFeedback({ type: 'error', text: e instanceof Error ? e.message : '操作失败' });
    } finally {
      setBusy(false);
    }
  };

  const taken = new Set(task?.assignments.map((a) => a.department.id));
  const departmentOptions = (departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name }));

  return (
    <Drawer open onClose={onClose} size="large" title="任务分工与进展记录" destroyOnHidden>
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!task} emptyText="该任务已不存在">
        {task && (
          <>
            <h2 className="card-title">
              {task.path.join('/')} {task.heading ?? ''}
            </h2>
            <p>{task.text}</p>
            {task.deadline && <p className="muted">期限:{task.deadline}</p>}
            {feedback && (
              <Alert
                type={feedback.type}
                title={feedback.text}
                showIcon
                role={feedback.type === 'error' ? 'alert' : 'status'}
                style={{ marginBottom: '1rem' }}
              />
            )}
            <section className="panel" aria-labelledby="units-title">
              <h3 id="units-title" className="card-title">
                责任单位
              </h3>
              {task.assignments.length === 0 ? (
                <p className="muted">该任务尚无责任单位</p>
              ) : (
                <ul className="unit-list">
                  {task.assignments.map((a) => (
                    <li key={a.id}>
                      <Button
                        type={a.id === assignmentId ? 'primary' : 'default'}
                        aria-pressed={a.id === assignmentId}
                        onClick={() => {
                          setAssignmentId(a.id);
                          setFeedback(null);
                        }}
                      >
                        {a.department.name} <RoleBadge role={a.role} /> <LightBadge light={a.light} compact />
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {assignment && mayEdit && (
              <section className="panel" aria-labelledby="correct-title">
                <h3 id="correct-title" className="card-title">
                  更正分工:{assignment.department.name}
                </h3>
                <Form layout="vertical">
                  <Form.Item label="更正责任单位(改为另一个部门)" htmlFor="correct-unit">
                    <Select
                      id="correct-unit"
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder="选择正确的部门"
                      disabled={busy}
                      value={null}
                      options={departmentOptions.filter((d) => !taken.has(d.value))}
                      onChange={(departmentId: string) =>
                        void run(async () => {
                          const r = await reassignUnit({ variables: { input: { assignmentId: assignment.id, departmentId } } });
                          return r.data?.reassignUnit.errors[0]?.message ?? null;
                        }, '已更正责任单位')
                      }
                    />
                  </Form.Item>
                  <Form.Item label="角色" htmlFor="change-role">
                    <Select
                      id="change-role"
                      value={assignment.role}
                      disabled={busy}
                      options={roleOptions}
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
                        const problem = r.data?.unassignUnit.errors[0]?.message ?? null;
                        if (!problem) setAssignmentId(null);
                        return problem;
                      }, '已移除该分工')
                    }
                  >
                    移除该分工
                  </Button>
                </Form>
              </section>
            )}
            {mayEdit && (
              <section className="panel" aria-labelledby="add-title">
                <h3 id="add-title" className="card-title">
                  增加责任单位
                </h3>
                <Form
                  form={addForm}
                  layout="inline"
                  initialValues={{ role: 'SUPPORT' }}
                  onFinish={(values) =>
                    void run(async () => {
                      const r = await assignUnit({ variables: { input: { taskId: task.id, ...values } } });
                      const problem = r.data?.assignUnit.errors[0]?.message ?? null;
                      if (!problem) {
                        addForm.resetFields();
                        setAssignmentId(r.data?.assignUnit.assignment?.id ?? null);
                      }
                      return problem;
                    }, '已增加责任单位')
                  }
                >
                  <Form.Item label="部门" name="departmentId" rules={[{ required: true, message: '请选择部门' }]}>
                    <Select
                      style={{ minWidth: '14rem' }}
                      showSearch={{ optionFilterProp: 'label' }}
                      placeholder="选择部门"
                      options={departmentOptions.filter((d) => !taken.has(d.value))}
                    />
                  </Form.Item>
                  <Form.Item label="角色" name="role" rules={[{ required: true, message: '请选择角色' }]}>
                    <Select style={{ minWidth: '8rem' }} options={roleOptions} />
                  </Form.Item>
                  <Button htmlType="submit" disabled={busy}>
                    增加
                  </Button>
                </Form>
              </section>
            )}
            {assignment && maySend && (
              <section className="panel" aria-labelledby="remind-title">
                <h3 id="remind-title" className="card-title">
                  督办催办:{assignment.department.name}
                </h3>
                <Form
                  layout="vertical"
                  onFinish={(values: { message: string }) =>
                    void run(async () => {
                      const r = await sendReminder({
                        variables: { input: { assignmentId: assignment.id, message: values.message.trim() } },
                      });
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
            {assignment && (
              <>
                <h3 className="card-title">进展记录:{assignment.department.name}</h3>
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
              </>
            )}
          </>
        )}
      </PageState>
    </Drawer>
  );
}
