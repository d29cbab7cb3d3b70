import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { PageState } from '../../../components/PageState';
import { RoleBadge } from '../../../components/badges';
import type { JointMeetingsQuery as Result } from '../../../graphql/generated/graphql';
import { can } from '../../../lib/permissions';
import { useSession } from '../../auth/hooks/useSession';
import { JointMeetingsQuery, RecordMeetingMutation } from '../graphql/joint-meetings';

type JointMeeting = Result['jointMeetings'][number];
const positionLabels = { CONVENOR: '召集人', DEPUTY_CONVENOR: '副召集人', OFFICE: '办公室', MEMBER: '成员' } as const;

interface MeetingValues {
  title: string;
  heldOn: Dayjs;
  minutes?: string;
  resolutions?: { text: string; deadline?: Dayjs | null; leadDepartmentId: string; supportDepartmentIds?: string[] }[];
}

function RecordMeetingDialog({ meeting, onClose, onDone }: { meeting: JointMeeting; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<MeetingValues>();
  const [record, { loading }] = useMutation(RecordMeetingMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const options = meeting.members.map((m) => ({ value: m.department.id, label: m.department.name }));
  const submit = async (v: MeetingValues) => {
    const r = await record({
      variables: {
        input: {
          jointMeetingId: meeting.id,
          title: v.title.trim(),
          heldOn: v.heldOn.format('YYYY-MM-DD'),
          minutes: v.minutes?.trim() ?? null,
          resolutions: (v.resolutions ?? []).map((res) => ({
            text: res.text.trim(),
            deadline: res.deadline ? res.deadline.format('YYYY-MM-DD') : null,
            leadDepartmentId: res.leadDepartmentId,
            supportDepartmentIds: res.supportDepartmentIds ?? [],
          })),
        },
      },
    });
    const e = r.data?.recordMeeting.errors[0];
    if (e) setFailure(e.message);
    else onDone();
  };
  return (
    <Modal open title={`记录会议:${meeting.name}`} okText="保存" cancelText="取消" confirmLoading={loading} onCancel={onClose} onOk={() => { form.submit(); }} width="48rem">
      {failure && <Alert type="error" showIcon role="alert" title={failure} style={{ marginBottom: '1rem' }} />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item label="会议名称" name="title" rules={[{ required: true, whitespace: true, message: '请输入会议名称' }]}>
          <Input placeholder="如:2025年第一次全体会议" />
        </Form.Item>
        <Form.Item label="召开日期" name="heldOn" rules={[{ required: true, message: '请选择召开日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item label="会议纪要" name="minutes">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.List name="resolutions">
          {(fields, { add, remove }) => (
            <fieldset className="indicator-fieldset">
              <legend>议定事项(每项成为一项任务)</legend>
              {fields.map((field, index) => (
                <div key={field.key} className="panel">
                  <Form.Item label={`事项 ${index + 1}`} name={[field.name, 'text']} rules={[{ required: true, whitespace: true, message: '请填写议定事项' }]}>
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Space wrap align="start">
                    <Form.Item label="牵头单位" name={[field.name, 'leadDepartmentId']} rules={[{ required: true, message: '请选择牵头单位' }]}>
                      <Select style={{ width: '14rem' }} options={options} showSearch={{ optionFilterProp: 'label' }} />
                    </Form.Item>
                    <Form.Item label="配合单位" name={[field.name, 'supportDepartmentIds']}>
                      <Select mode="multiple" style={{ width: '18rem' }} options={options} />
                    </Form.Item>
                    <Form.Item label="期限" name={[field.name, 'deadline']}>
                      <DatePicker />
                    </Form.Item>
                  </Space>
                  <Button danger size="small" onClick={() => { remove(field.name); }}>删除事项 {index + 1}</Button>
                </div>
              ))}
              <Button onClick={() => { add(); }}>添加议定事项</Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

/** 联席会议: members and liaisons, meetings, resolutions that became tasks. */
export function JointMeetingsPage() {
  const { user } = useSession();
  const mayEdit = can(user, 'EDIT_JOINT_MEETING');
  const { data, loading, error, refetch } = useQuery(JointMeetingsQuery);
  const [recording, setRecording] = useState<JointMeeting | null>(null);
  const meetings = data?.jointMeetings ?? [];
  return (
    <>
      <PageHeader title="联席会议" />
      <PageState loading={loading && !data} error={error} onRetry={() => void refetch()} empty={meetings.length === 0} emptyText="还没有联席会议">
        {meetings.map((jm) => (
          <section key={jm.id} className="panel" aria-labelledby={`jm-${jm.id}`}>
            <div className="page-header-row">
              <h2 id={`jm-${jm.id}`} className="card-title">{jm.name}({jm.jurisdiction.name})</h2>
              {mayEdit && <Button onClick={() => { setRecording(jm); }}>记录会议</Button>}
            </div>
            {jm.document && <p className="muted">依据:{jm.document.title}</p>}
            <h3 className="card-title" style={{ marginTop: '1rem' }}>成员单位与联络员({jm.members.length})</h3>
            <div className="table-scroll">
              <table className="data-table">
                <thead>
                  <tr><th scope="col">单位</th><th scope="col">身份</th><th scope="col">代表</th><th scope="col">联络员</th></tr>
                </thead>
                <tbody>
                  {jm.members.map((m) => (
                    <tr key={m.id}>
                      <th scope="row">{m.department.name}</th>
                      <td>{positionLabels[m.position]}</td>
                      <td>{m.representative ?? '—'}</td>
                      <td>{m.liaison ? [m.liaison.name, m.liaison.title, m.liaison.phone].filter(Boolean).join(' ') : '未设置'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h3 className="card-title" style={{ marginTop: '1rem' }}>会议({jm.meetings.length})</h3>
            {jm.meetings.length === 0 && <p className="muted">还没有会议记录</p>}
            {jm.meetings.map((m) => (
              <article key={m.id} className="panel">
                <h4 style={{ margin: 0 }}>{m.title}({m.heldOn})</h4>
                {m.minutes && <p>{m.minutes}</p>}
                <ol>
                  {m.resolutions.map((r) => (
                    <li key={r.id}>
                      {r.text}
                      <div className="muted">
                        任务 {r.task.path.join('/')}{r.task.deadline ? `,期限 ${r.task.deadline}` : ''}:
                        {r.task.assignments.map((a) => (
                          <span key={a.id} style={{ marginRight: '0.5rem' }}><RoleBadge role={a.role} /> {a.department.name}</span>
                        ))}
                      </div>
                    </li>
                  ))}
                </ol>
              </article>
            ))}
          </section>
        ))}
      </PageState>
      {recording && (
        <RecordMeetingDialog
          meeting={recording}
          onClose={() => { setRecording(null); }}
          onDone={() => { setRecording(null); void refetch(); }}
        />
      )}
    </>
  );
}
