import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildMatrixRows, exportHeader, exportRows, type MatrixCellData } from '../hooks/matrix-rows';
import { MatrixTable } from './MatrixTable';

const departments = [
  { id: 'health', name: '市卫生健康委' },
  { id: 'dev', name: '市发展改革委' },
  { id: 'county', name: '各县区政府' },
];
const tasks = [
  { id: 't10', path: ['三', '(一)', '10'], heading: '第十项', text: '任务十', deadline: null },
  { id: 't2', path: ['三', '(一)', '2'], heading: '第二项', text: '任务二', deadline: '2025-12-31' },
  { id: 't-four', path: ['四'], heading: null, text: '保障措施', deadline: null },
];
const cells: MatrixCellData[] = [
  { taskId: 't2', departmentId: 'health', role: 'LEAD', light: 'GREEN', assignmentId: 'a1' },
  { taskId: 't2', departmentId: 'dev', role: 'SUPPORT', light: 'RED', assignmentId: 'a2' },
  { taskId: 't2', departmentId: 'county', role: 'LOCAL', light: 'YELLOW', assignmentId: 'a3' },
  { taskId: 't10', departmentId: 'dev', role: 'LEAD', light: 'GREEN', assignmentId: 'a4' },
];

describe('buildMatrixRows', () => {
  it('orders tasks as the document numbers them and names the units by role', () => {
    const rows = buildMatrixRows({ tasks, departments, cells });
    expect(rows.map((r) => r.task.id)).toEqual(['t2', 't10', 't-four']);
    expect(rows[0]?.names).toEqual({ LEAD: ['市卫生健康委'], SUPPORT: ['市发展改革委'], LOCAL: ['各县区政府'] });
    // The task's light is its worst assignment's.
    expect(rows[0]?.light).toBe('RED');
    expect(rows[2]?.light).toBeNull();
  });

  it('exports the columns offices use', () => {
    const rows = exportRows(buildMatrixRows({ tasks, departments, cells }));
    expect(exportHeader).toEqual(['序号/任务路径', '任务', '牵头单位', '配合单位', '属地责任', '状态']);
    expect(rows[0]).toEqual(['三/(一)/2', '第二项:任务二', '市卫生健康委', '市发展改革委', '各县区政府', '红灯·逾期']);
    expect(rows[2]?.[5]).toBe('未分工');
  });
});

describe('MatrixTable', () => {
  it('shows role and light in words for each cell and opens the one clicked', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<MatrixTable rows={buildMatrixRows({ tasks, departments, cells })} departments={departments} onSelect={onSelect} />);

    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '序号',
      '任务',
      '市卫生健康委',
      '市发展改革委',
      '各县区政府',
    ]);
    const row = screen.getByRole('row', { name: /三\/\(一\)\/2/ });
    const buttons = within(row).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['第二项(查看全文与全部责任单位)', '牵', '配', '属']);
    const red = within(row).getByRole('button', { name: '市发展改革委 在 三/(一)/2 中配合,红灯·逾期,查看进展记录' });
    await user.click(red);
    expect(onSelect).toHaveBeenCalledWith({ taskId: 't2', assignmentId: 'a2' });
    // Keyboard: the cells are buttons in reading order.
    red.focus();
    await user.keyboard('{Tab}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith({ taskId: 't2', assignmentId: 'a3' });
    // The task's heading opens the task alone, also for a task no unit holds yet.
    await user.click(screen.getByRole('button', { name: /^保障措施/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ taskId: 't-four', assignmentId: null });
  });

  it('renders 100 tasks × 40 departments', () => {
    const manyDepartments = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, name: `部门${i}` }));
    const manyTasks = Array.from({ length: 100 }, (_, i) => ({ id: `t${i}`, path: [String(i + 1)], heading: null, text: `任务${i}`, deadline: null }));
    const manyCells: MatrixCellData[] = manyTasks.flatMap((t, i) =>
      [0, 1, 2].map((k) => ({ taskId: t.id, departmentId: `d${(i + k) % 40}`, role: k === 0 ? 'LEAD' : 'SUPPORT', light: 'GREEN', assignmentId: `${t.id}-${k}` })),
    );
    render(<MatrixTable rows={buildMatrixRows({ tasks: manyTasks, departments: manyDepartments, cells: manyCells })} departments={manyDepartments} onSelect={vi.fn()} />);
    expect(screen.getAllByRole('row')).toHaveLength(101);
    // One button per assigned cell, one per task heading.
    expect(screen.getAllByRole('button')).toHaveLength(300 + 100);
  });
});
