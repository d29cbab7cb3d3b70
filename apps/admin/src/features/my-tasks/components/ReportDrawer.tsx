import { Drawer } from 'antd';
import { LightBadge } from '../../../components/badges';
import type { MyAssignmentFragment } from '../../../graphql/generated/graphql';
import { ReportForm, type ReportIndicator } from './ReportForm';

/** Loaded on demand when a unit opens the form, so the first screen stays light. */
export default function ReportDrawer({
  assignment,
  indicators,
  onClose,
}: {
  assignment: MyAssignmentFragment | null;
  indicators: readonly ReportIndicator[];
  onClose: () => void;
}) {
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
          <ReportForm assignment={assignment} indicators={indicators} />
        </>
      )}
    </Drawer>
  );
}
