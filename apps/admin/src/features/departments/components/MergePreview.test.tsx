import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MergePreviewQuery } from '../../../graphql/generated/graphql';
import { MergePreview } from './MergePreview';

type Payload = MergePreviewQuery['mergeDepartmentsPreview'];
const task = (id: string, path: string[], heading: string) => ({ id, path, heading });

const payload: Payload = {
  errors: [],
  preview: {
    keep: { id: 'k', version: 3 },
    aliasesAdded: ['市卫健局', '卫健局'],
    sectorAfter: { name: '卫生健康' },
    assignments: [
      { role: 'SUPPORT', active: true, outcome: 'WITHDRAWN', reports: 1, task: task('t1', ['三', '(一)', '1'], '完善政策') },
      { role: 'LEAD', active: true, outcome: 'MOVED', reports: 2, task: task('t2', ['三', '(一)', '2'], '加强监管') },
      { role: 'LEAD', active: false, outcome: 'MOVED', reports: 0, task: task('t3', ['三', '(二)', '1'], '旧条款') },
    ],
    assignmentGroups: [{ document: { id: 'd1', title: '本溪市托育实施意见' }, role: 'LEAD', count: 1 }],
    reportsMoved: 2,
    reportsKept: 1,
    conflicts: [{ task: task('t1', ['三', '(一)', '1'], '完善政策'), message: '两个部门都承担此任务(保留部门牵头、被合并部门配合):保留部门仍为牵头;被合并部门的分工撤销,其 1 条进展记录保留在已归档的被合并部门下。' }],
    memberships: [
      { jointMeeting: { id: 'j1', name: '托育服务联席会议' }, position: 'MEMBER', liaison: { name: '李四' }, outcome: 'MERGED', positionAfter: 'OFFICE', liaisonAfter: { name: '王五' } },
      { jointMeeting: { id: 'j2', name: '养老服务联席会议' }, position: 'MEMBER', liaison: null, outcome: 'MOVED', positionAfter: 'MEMBER', liaisonAfter: null },
    ],
    users: [{ id: 'u1', username: 'wang', displayName: '王科员' }],
    dutiesMoved: 2,
  },
};

describe('MergePreview', () => {
  it('states what moves, how a shared task is resolved, and what happens to memberships and liaisons', () => {
    render(<MergePreview payload={payload} keepName="市卫生健康委" />);
    const region = screen.getByRole('region', { name: '合并预览' });
    const text = region.textContent;
    expect(text).toContain('市卫健局、卫健局 成为“市卫生健康委”的别称;领域:卫生健康');
    expect(text).toContain('《本溪市托育实施意见》牵头 1 项移入');
    expect(text).toContain('另有 1 项已撤销的分工作为历史记录一并移入');
    expect(text).toContain('保留部门仍为牵头;被合并部门的分工撤销');
    expect(text).toContain('2 条随分工移入;1 条随撤销的分工留在被合并部门(归档)下');
    expect(text).toContain('托育服务联席会议:“市卫生健康委”已是成员,保留其成员身份(办公室,联络员 王五);被合并部门的联络员 李四 不再保留');
    expect(text).toContain('养老服务联席会议:成员身份移入(成员单位,联络员 未设)');
    expect(text).toContain('王科员 改为绑定“市卫生健康委”');
    expect(text).toContain('2 条移入');
    const details = within(region).getByText('逐项查看 3 项分工').closest('details');
    expect(details?.textContent).toContain('撤销(保留部门已承担),进展 1 条');
    expect(details?.textContent).toContain('(已撤销的历史分工)');
  });

  it('shows the merge’s refusal instead of a preview', () => {
    render(
      <MergePreview
        payload={{ preview: null, errors: [{ code: 'INVALID_INPUT', message: '已归档的部门不能合并', field: 'input.mergeId' }] }}
        keepName="市卫生健康委"
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('不能合并:已归档的部门不能合并');
    expect(screen.queryByRole('region', { name: '合并预览' })).toBeNull();
  });
});
