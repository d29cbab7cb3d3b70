import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ImportCorrectionInput } from '../../../graphql/generated/graphql';
import {
  correctionsOf,
  type DepartmentOption,
  type ParseReport,
  reviewTasks,
  type UnitEdit,
} from '../hooks/review';
import { ImportReview } from './ImportReview';

const sourceText =
  '红旗区托育服务实施方案\n一、总体要求\n二、主要任务\n(一)发展托育。(责任单位:区民政局、卫健委)\n(二)加强监管。(责任单位:区市场监管局)';
const at = (needle: string) => {
  const start = sourceText.indexOf(needle);
  return { start, end: start + needle.length };
};
const taskSpan = (from: string, to: string | null) => ({
  start: sourceText.indexOf(from),
  end: to === null ? sourceText.length : sourceText.indexOf(to) - 1,
});

const report: ParseReport = {
  title: '红旗区托育服务实施方案',
  docNumber: null,
  jurisdiction: '红旗区',
  jurisdictionId: 'hongqi',
  taskCount: 4,
  assignmentCount: 3,
  unitsMatched: ['区民政局', '区市场监管局'],
  unitsNew: ['区卫健委'],
  sourceText,
  removedChars: 12,
  correctionCount: 0,
  removedNoise: [
    { rule: 'SYMBOL_RUN', token: '★', count: 3 },
    { rule: 'WHITESPACE', token: '空白', count: 9 },
  ],
  warnings: [
    { code: 'UNKNOWN_UNIT', message: '未能识别单位“卫健委”。', span: at('卫健委') },
    { code: 'NOISE_REMOVED', message: '已删除噪声 12 个字符。', span: null },
  ],
  tasks: [
    { path: ['一'], heading: '总体要求', text: '总体要求', span: taskSpan('一、', '二、'), assignments: [] },
    { path: ['二'], heading: '主要任务', text: '主要任务', span: taskSpan('二、', '(一)'), assignments: [] },
    {
      path: ['二', '(一)'],
      heading: null,
      text: '发展托育。',
      span: taskSpan('(一)', '(二)'),
      assignments: [
        {
          unit: '区民政局',
          asWritten: '区民政局',
          role: 'LEAD',
          departmentId: 'civil',
          corrected: false,
          span: at('区民政局'),
        },
        {
          unit: '区卫健委',
          asWritten: '卫健委',
          role: 'SUPPORT',
          departmentId: null,
          corrected: false,
          span: at('卫健委'),
        },
      ],
    },
    {
      path: ['二', '(二)'],
      heading: null,
      text: '加强监管。',
      span: taskSpan('(二)', null),
      assignments: [
        {
          unit: '区市场监管局',
          asWritten: '区市场监管局',
          role: 'LEAD',
          departmentId: 'market',
          corrected: false,
          span: at('区市场监管局'),
        },
      ],
    },
  ],
};
const departments: DepartmentOption[] = [
  { id: 'civil', name: '区民政局', aliases: [] },
  { id: 'market', name: '区市场监管局', aliases: [] },
  { id: 'health', name: '区卫生健康委员会', aliases: ['区卫健委员会'] },
];

/** The review as the wizard holds it, exposing the corrections 确认导入 would send. */
function Harness({ sentRef }: { sentRef: { current: ImportCorrectionInput[] } }) {
  const [edits, setEdits] = useState<Map<string, UnitEdit>>(() => new Map());
  useEffect(() => {
    sentRef.current = correctionsOf(reviewTasks(report, edits, departments), edits);
  }, [edits, sentRef]);
  return (
    <ImportReview
      report={report}
      departments={departments}
      departmentsLoading={false}
      departmentsUnavailable={null}
      edits={edits}
      onEditsChange={setEdits}
    />
  );
}

/** The source region's text without the review's marks and tags: what the plan says. */
const shownText = (region: HTMLElement) =>
  [...region.childNodes]
    .map((node) => {
      if (!(node instanceof HTMLElement)) return node.textContent ?? '';
      if (node.matches('.src-task-mark, .src-warning-mark')) return '';
      if (node.matches('.src-unit')) return node.firstChild?.textContent ?? '';
      return node.textContent;
    })
    .join('');

const setup = () => {
  const sentRef = { current: [] as ImportCorrectionInput[] };
  const user = userEvent.setup();
  render(<Harness sentRef={sentRef} />);
  const source = screen.getByRole('region', { name: '原文(任务和责任单位已标出)' });
  const table = screen.getByRole('region', { name: '任务与责任单位,可滚动' });
  return { sentRef, user, source, table };
};

describe('ImportReview', () => {
  it('marks each task and unit in the source text in words, and lists what cleaning removed', () => {
    const { source } = setup();
    expect(within(source).getByText('〔二/(一)〕')).toBeTruthy();
    const units = within(source).getAllByRole('button');
    expect(units.map((b) => b.querySelector('.src-unit-tag')?.textContent)).toEqual([
      '牵·已有',
      '配·新建',
      '牵·已有',
    ]);
    // The name starts with what is visible: the unit as written and its tag.
    expect(
      within(source).getByRole('button', {
        name: /^卫健委\s*配·新建\s*\(读作区卫健委,配合,将新建部门,任务 二\/\(一\),点击前往更正\)$/,
      }),
    ).toBe(units[1]);
    expect(within(source).getByRole('note', { name: '警告 1:未能识别单位“卫健委”。' }).textContent).toBe(
      '⚠1',
    );
    // The source text is shown whole, between the marks.
    const shown = shownText(source);
    expect(shown).toBe(sourceText);
    expect(screen.getByText(/装饰符号:“★” × 3/)).toBeTruthy();
    expect(screen.getByText('多余空白 × 9')).toBeTruthy();
  });

  it('jumps between the text and the table, and from a warning to its place, by keyboard', async () => {
    const { user, source } = setup();
    within(source)
      .getByRole('button', { name: /^卫健委/ })
      .focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '更正 区卫健委(二/(一))' }));
    expect(screen.getByRole('row', { name: /二\/\(一\)/ }).className).toBe('is-active');

    screen.getByRole('button', { name: '在原文中查看任务 二/(二)' }).focus();
    await user.keyboard('{Enter}');
    expect(document.activeElement?.textContent).toBe('〔二/(二)〕');

    await user.click(screen.getByRole('button', { name: '在原文中查看(⚠1)' }));
    expect(document.activeElement?.textContent).toBe('⚠1');
    // The warning without a place has no link.
    expect(screen.queryByRole('button', { name: '在原文中查看(⚠2)' })).toBeNull();
  });

  it('renames a misread unit, changes a role, removes and adds units: the corrections 确认导入 sends', async () => {
    const { user, sentRef, table } = setup();

    await user.click(within(table).getByRole('button', { name: '更正 区卫健委(二/(一))' }));
    let dialog = await screen.findByRole('dialog', { name: '更正责任单位:区卫健委' });
    expect(within(dialog).getByText(/原文写作“卫健委”,读作“区卫健委”/)).toBeTruthy();
    // Read as a new department: the name field is offered first.
    const name = within(dialog).getByLabelText('单位名称');
    await user.clear(name);
    await user.type(name, '区卫健委员会');
    await user.click(within(dialog).getByRole('button', { name: '保存更正' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    const row = within(table).getByRole('row', { name: /二\/\(一\)/ });
    expect(within(row).getByText('区卫健委 → 区卫健委员会(原文:卫健委)')).toBeTruthy();
    // An alias of an existing department: it goes to that department.
    expect(within(row).getByText('已更正·已有部门')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: '更正 区市场监管局(二/(二))' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('配合单位'));
    await user.click(within(dialog).getByRole('button', { name: '保存更正' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(within(table).getByText('此任务没有牵头单位')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: '更正 区民政局(二/(一))' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: '移除该单位' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(within(table).getByRole('button', { name: '撤销移除 区民政局(二/(一))' })).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: '添加单位(任务 二/(二))' }));
    dialog = await screen.findByRole('dialog', { name: '添加责任单位' });
    await user.click(within(dialog).getByLabelText('填写名称(没有同名部门时新建)'));
    await user.type(within(dialog).getByLabelText('单位名称'), '区托育服务指导中心');
    await user.click(within(dialog).getByRole('button', { name: '保存更正' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });

    expect(sentRef.current).toEqual([
      { action: 'CHANGE', taskPath: ['二', '(一)'], unitName: '区卫健委', newUnitName: '区卫健委员会' },
      { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '区市场监管局', role: 'SUPPORT' },
      { action: 'REMOVE', taskPath: ['二', '(一)'], unitName: '区民政局' },
      { action: 'ADD', taskPath: ['二', '(二)'], unitName: '区托育服务指导中心', role: 'SUPPORT' },
    ]);
    // The text shows the corrections too.
    const source = screen.getByRole('region', { name: '原文(任务和责任单位已标出)' });
    expect(
      within(source)
        .getAllByRole('button')
        .map((b) => b.querySelector('.src-unit-tag')?.textContent),
    ).toEqual(['已移除', '配·已更正', '配·已更正']);

    // Undo the removal: that correction is gone.
    await user.click(within(table).getByRole('button', { name: '撤销移除 区民政局(二/(一))' }));
    expect(sentRef.current.map((c) => c.action)).toEqual(['CHANGE', 'CHANGE', 'ADD']);
  });

  it('points a unit at an existing department chosen from the list', async () => {
    const { user, sentRef, table } = setup();
    await user.click(within(table).getByRole('button', { name: '添加单位(任务 一)' }));
    const dialog = await screen.findByRole('dialog', { name: '添加责任单位' });
    await user.click(within(dialog).getByRole('combobox', { name: '已有部门' }));
    await user.keyboard('卫生健康');
    // The list shows the match by its title (antd's options are not ARIA options in the DOM it renders).
    await user.click(await screen.findByTitle('区卫生健康委员会'));
    expect(within(dialog).getByTitle('区卫生健康委员会')).toBeTruthy();
    await user.click(within(dialog).getByLabelText('牵头单位'));
    await user.click(within(dialog).getByRole('button', { name: '保存更正' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(sentRef.current).toEqual([
      { action: 'ADD', taskPath: ['一'], unitName: '区卫生健康委员会', departmentId: 'health', role: 'LEAD' },
    ]);
  });

  it('refuses a unit the task already has, before anything is kept', async () => {
    const { user, sentRef, table } = setup();
    await user.click(within(table).getByRole('button', { name: '添加单位(任务 二/(一))' }));
    const dialog = await screen.findByRole('dialog', { name: '添加责任单位' });
    await user.click(within(dialog).getByLabelText('填写名称(没有同名部门时新建)'));
    await user.type(within(dialog).getByLabelText('单位名称'), '区民政局');
    await user.click(within(dialog).getByRole('button', { name: '保存更正' }));
    expect(await within(dialog).findByText('该任务已有单位“区民政局”')).toBeTruthy();
    await user.clear(within(dialog).getByLabelText('单位名称'));
    await user.click(within(dialog).getByRole('button', { name: '保存更正' }));
    expect(await within(dialog).findByText('请填写单位名称')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: /^取\s?消$/ }));
    expect(sentRef.current).toEqual([]);
  });
});
