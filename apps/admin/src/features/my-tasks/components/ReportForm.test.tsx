import { GraphQLError } from 'graphql';
import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MyAssignmentFragment, ReportFieldsFragment } from '../../../graphql/generated/graphql';
import { AssignmentLatestQuery, ReportProgressMutation } from '../graphql/my-tasks';
import { UiProvider } from '../../../app/Providers';
import { ReportForm } from './ReportForm';

// Apollo adds __typename to every selection; the generated fragment types leave it out of nested objects.
const theirs = {
  __typename: 'ProgressReport',
  id: 'r-theirs',
  period: '2025-Q3',
  status: 'IN_PROGRESS',
  percent: 40,
  narrative: '同事刚刚报送:已完成场地选址',
  reportedAt: '2025-08-01T08:00:00.000Z',
  supersedesId: null,
  reportedBy: { __typename: 'User', id: 'u2', displayName: '王联络员' },
  indicatorValues: [],
} as ReportFieldsFragment;

const assignment = {
  __typename: 'Assignment',
  id: 'a1',
  role: 'LEAD',
  light: 'YELLOW',
  task: {
    __typename: 'Task',
    id: 't1',
    path: ['三', '(一)', '1'],
    heading: '加强政策支持',
    text: '完善托育服务政策体系。',
    deadline: '2025-12-31',
    document: { __typename: 'PolicyDocument', id: 'd1', title: '实施意见' },
  },
  latestReport: null,
} as MyAssignmentFragment;

const indicators = [{ id: 'i1', name: '每千人口托位数', unit: '个' }];
const period = { key: '2025-Q3', label: '2025年第三季度', endsOn: '2025-09-30', daysLeft: 12 };

function mine(id: string, narrative: string): ReportFieldsFragment {
  return { ...theirs, id, narrative, percent: 60, reportedBy: { __typename: 'User', id: 'u1', displayName: '我' } } as ReportFieldsFragment;
}

describe('ReportForm', () => {
  it('refuses an inconsistent report before sending it, with a message in Chinese', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onReported = vi.fn();
    // No mocks: any request would fail the test by producing an error alert.
    render(
      <UiProvider>
        <MockedProvider mocks={[]}>
        <ReportForm assignment={assignment} indicators={indicators} onReported={onReported} />
      </MockedProvider>
      </UiProvider>,
    );
    await user.click(screen.getByRole('radio', { name: '已完成' }));
    const percent = screen.getByRole('spinbutton', { name: '完成进度(%)' });
    await user.clear(percent);
    await user.type(percent, '50');
    await user.type(screen.getByRole('textbox', { name: '进展情况' }), '基本完成');
    await user.click(screen.getByRole('button', { name: '提交' }));

    expect(await screen.findByText('状态为“已完成”时，完成进度应为100%')).toBeTruthy();
    expect(onReported).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the reporting period the report will belong to, and offers the given indicators', () => {
    render(
      <UiProvider>
        <MockedProvider mocks={[]}>
          <ReportForm assignment={assignment} indicators={indicators} period={period} />
        </MockedProvider>
      </UiProvider>,
    );
    expect(screen.getByText('2025年第三季度').closest('p')?.textContent).toBe('本期:2025年第三季度(截至 2025-09-30,还剩 12 天)');
    const fieldset = screen.getByRole('group', { name: '指标数值(选填)' });
    expect(within(fieldset).getAllByRole('spinbutton')).toHaveLength(1);
    expect(within(fieldset).getByRole('spinbutton', { name: '每千人口托位数(个)' })).toBeTruthy();
  });

  it('asks for a narrative unless the task has not started', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    render(
      <UiProvider>
        <MockedProvider mocks={[]}>
        <ReportForm assignment={assignment} indicators={[]} />
      </MockedProvider>
      </UiProvider>,
    );
    await user.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText('请填写工作进展情况')).toBeTruthy();
  });

  it('on CONFLICT shows the report made in between, keeps the text, and resubmits against it', async () => {
    const user = userEvent.setup({ pointerEventsCheck: 0 });
    const onReported = vi.fn();
    const narrative = '完成托育机构备案12家';
    const sent: unknown[] = [];
    const mocks = [
      {
        request: {
          query: ReportProgressMutation,
          variables: (v: Record<string, unknown>) => {
            sent.push(v);
            return (v.input as { expectedLatestReportId: string | null }).expectedLatestReportId === null;
          },
        },
        result: { errors: [new GraphQLError('数据已被他人修改,请刷新后重试', { extensions: { code: 'CONFLICT' } })] },
      },
      {
        request: { query: AssignmentLatestQuery, variables: { id: 'a1' } },
        result: {
          data: { assignment: { __typename: 'Assignment', id: 'a1', light: 'YELLOW', latestReport: theirs } },
        },
      },
      {
        request: {
          query: ReportProgressMutation,
          variables: (v: Record<string, unknown>) =>
            (v.input as { expectedLatestReportId: string | null }).expectedLatestReportId === 'r-theirs',
        },
        result: {
          data: {
            reportProgress: {
              __typename: 'ReportProgressPayload',
              report: mine('r-mine', narrative),
              assignment: { __typename: 'Assignment', id: 'a1', light: 'GREEN', latestReport: mine('r-mine', narrative) },
              errors: [],
            },
          },
        },
      },
    ];
    render(
      <UiProvider>
        <MockedProvider mocks={mocks}>
        <ReportForm assignment={assignment} indicators={indicators} onReported={onReported} />
      </MockedProvider>
      </UiProvider>,
    );
    const percent = screen.getByRole('spinbutton', { name: '完成进度(%)' });
    await user.clear(percent);
    await user.type(percent, '60');
    const text = screen.getByRole('textbox', { name: '进展情况' });
    await user.type(text, narrative);
    await user.type(screen.getByRole('spinbutton', { name: '每千人口托位数(个)' }), '2.5');
    await user.click(screen.getByRole('button', { name: '提交' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('同事刚刚报送:已完成场地选址')).toBeTruthy();
    expect(within(alert).getByText('王联络员')).toBeTruthy();
    expect((text as HTMLTextAreaElement).value).toBe(narrative);
    expect(sent[0]).toMatchObject({
      input: { assignmentId: 'a1', status: 'IN_PROGRESS', percent: 60, narrative, indicatorValues: [{ indicatorId: 'i1', value: 2.5 }] },
    });

    await user.click(screen.getByRole('button', { name: /确认并重新提交/ }));
    await waitFor(() => {
      expect(onReported).toHaveBeenCalledWith('GREEN');
    });
    expect(screen.getByRole('status').textContent).toContain('绿灯');
  });
});
