import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UiProvider } from '../../../app/Providers';
import type { MyAssignmentFragment } from '../../../graphql/generated/graphql';
import { ReportContextQuery } from '../graphql/my-tasks';
import ReportDrawer from './ReportDrawer';

const assignment = {
  __typename: 'Assignment',
  id: 'a1',
  role: 'SUPPORT',
  light: 'YELLOW',
  task: {
    __typename: 'Task',
    id: 't1',
    path: ['三', '(二)', '2'],
    heading: '扩大普惠托育供给',
    text: '到2025年,每千人口托位数达到4.5个。',
    deadline: '2025-12-31',
    document: { __typename: 'PolicyDocument', id: 'd1', title: '实施意见' },
  },
  latestReport: null,
} as MyAssignmentFragment;

const context = (indicators: { id: string; name: string; unit: string | null }[]) => ({
  request: { query: ReportContextQuery, variables: { assignmentId: 'a1' } },
  result: {
    data: {
      currentPeriod: { __typename: 'ReportingPeriod', key: '2025-Q4', label: '2025年第四季度', endsOn: '2025-12-31', daysLeft: 0 },
      assignment: {
        __typename: 'Assignment',
        id: 'a1',
        task: { __typename: 'Task', id: 't1', indicators: indicators.map((i) => ({ __typename: 'Indicator', ...i })) },
      },
    },
  },
});

function renderDrawer(mocks: readonly unknown[]) {
  render(
    <UiProvider>
      <MockedProvider mocks={mocks as never}>
        <ReportDrawer assignment={assignment} onClose={() => undefined} />
      </MockedProvider>
    </UiProvider>,
  );
}

describe('ReportDrawer', () => {
  it('shows the current period and offers the task’s indicators (Task.indicators)', async () => {
    renderDrawer([
      context([
        { id: 'i1', name: '每千人口托位数', unit: '个' },
        { id: 'i2', name: '普惠托位占比', unit: '%' },
      ]),
    ]);
    expect(screen.getByRole('status').textContent).toContain('正在读取本期与相关指标');
    const line = await screen.findByText('2025年第四季度');
    expect(line.closest('p')?.textContent).toBe('本期:2025年第四季度(截至 2025-12-31,今天截止)');
    const fieldset = screen.getByRole('group', { name: '指标数值(选填)' });
    expect(within(fieldset).getAllByRole('spinbutton').map((input) => input.closest('.ant-form-item')?.querySelector('label')?.textContent)).toEqual([
      '每千人口托位数(个)',
      '普惠托位占比(%)',
    ]);
  });

  it('shows no indicator fields when the task’s document has none', async () => {
    renderDrawer([context([])]);
    await screen.findByText('2025年第四季度');
    expect(screen.queryByRole('group', { name: '指标数值(选填)' })).toBeNull();
  });

  it('still offers the form when the period and indicators cannot be read', async () => {
    renderDrawer([{ request: { query: ReportContextQuery, variables: { assignmentId: 'a1' } }, error: new Error('网络错误') }]);
    expect(await screen.findByText('未能读取本期和相关指标,仍可填报进展')).toBeTruthy();
    expect(screen.getByRole('button', { name: '提交' })).toBeTruthy();
  });
});
