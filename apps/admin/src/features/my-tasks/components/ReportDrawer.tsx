import { skipToken, useQuery } from '@apollo/client/react';
import { Alert, Drawer } from 'antd';
import { LightBadge } from '../../../components/badges';
import type { MyAssignmentFragment } from '../../../graphql/generated/graphql';
import { ReportContextQuery } from '../graphql/my-tasks';
import { ReportForm } from './ReportForm';

/**
 * Loaded on demand when a unit opens the form, so the first screen stays light. Reads the period and the
 * task's indicators for the form; if that fails the form still works, without indicator values.
 */
export default function ReportDrawer({
  assignment,
  onClose,
}: {
  assignment: MyAssignmentFragment | null;
  onClose: () => void;
}) {
  const { data, loading, error } = useQuery(
    ReportContextQuery,
    assignment ? { variables: { assignmentId: assignment.id } } : skipToken,
  );
  return (
    <Drawer
      open={assignment !== null}
      size="large"
      title={assignment ? `${assignment.task.path.join('/')} ${assignment.task.heading ?? ''}` : ''}
      onClose={onClose}
      destroyOnHidden
    >
      {assignment && (
        <>
          <p>{assignment.task.text}</p>
          <p>
            当前状态:<LightBadge light={assignment.light} />
          </p>
          {loading && !data ? (
            <p role="status">正在读取本期与相关指标…</p>
          ) : (
            <>
              {error && (
                <Alert
                  type="warning"
                  showIcon
                  title="未能读取本期和相关指标,仍可填报进展"
                  style={{ marginBottom: '1rem' }}
                />
              )}
              <ReportForm
                assignment={assignment}
                indicators={data?.assignment?.task.indicators ?? []}
                period={data?.currentPeriod ?? null}
              />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
