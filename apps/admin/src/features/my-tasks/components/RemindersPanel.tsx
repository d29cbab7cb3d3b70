import { useMutation, useQuery } from '@apollo/client/react';
import { BellOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { MarkReminderReadMutation, MyRemindersQuery } from '../graphql/my-tasks';

/** 督办提醒: what the office chased this unit for; unread ones first. */
export function RemindersPanel() {
  const { data, loading, error } = useQuery(MyRemindersQuery);
  const [markRead] = useMutation(MarkReminderReadMutation);
  const reminders = [...(data?.myReminders ?? [])].sort(
    (a, b) => Number(a.readAt !== null) - Number(b.readAt !== null) || b.sentAt.localeCompare(a.sentAt),
  );
  const unread = reminders.filter((r) => !r.readAt).length;

  return (
    <section className="panel" aria-labelledby="reminders-title">
      <h2 id="reminders-title" className="card-title">
        <BellOutlined aria-hidden /> 督办提醒{unread > 0 ? `(${unread} 条未读)` : ''}
      </h2>
      {error ? (
        <Alert type="error" showIcon title="提醒加载失败" description={error.message} />
      ) : loading && !data ? (
        <p role="status">正在加载提醒…</p>
      ) : reminders.length === 0 ? (
        <p className="muted">没有督办提醒</p>
      ) : (
        <ul className="reminder-list">
          {reminders.map((reminder) => (
            <li key={reminder.id} className={reminder.readAt ? 'read' : 'unread'}>
              <div>
                <strong>
                  {reminder.readAt ? '' : '[未读] '}
                  {reminder.assignment.task.path.join('/')} {reminder.assignment.task.heading ?? ''}
                </strong>
                <p style={{ margin: '0.25rem 0' }}>{reminder.message}</p>
                <span className="muted">
                  {reminder.sentBy?.displayName ?? '联席办'} · {new Date(reminder.sentAt).toLocaleString('zh-CN')}
                </span>
              </div>
              {reminder.readAt ? (
                <span className="muted">已读</span>
              ) : (
                <Button
                  size="small"
                  onClick={() => void markRead({ variables: { input: { reminderId: reminder.id } } })}
                >
                  标为已读
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
