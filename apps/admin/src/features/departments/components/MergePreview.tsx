import { Alert } from 'antd';
import { RoleBadge } from '../../../components/badges';
import type { MemberPosition, MergePreviewQuery } from '../../../graphql/generated/graphql';
import { roleLabel } from '../../../lib/domain';

type Payload = MergePreviewQuery['mergeDepartmentsPreview'];

export const positionLabels: Record<MemberPosition, string> = {
  CONVENOR: '召集人单位',
  DEPUTY_CONVENOR: '副召集人单位',
  OFFICE: '办公室',
  MEMBER: '成员单位',
};

/**
 * 合并预览: what merging the chosen department into `keepName` moves — computed by the server running the merge
 * itself and rolling it back, so this is what the merge will do. Refusals (archived, another jurisdiction) show
 * as the merge would give them.
 */
export function MergePreview({ payload, keepName }: { payload: Payload; keepName: string }) {
  const error = payload.errors[0];
  if (error) return <Alert type="error" showIcon role="alert" title={`不能合并:${error.message}`} />;
  const preview = payload.preview;
  if (!preview) return null;
  const active = preview.assignments.filter((a) => a.active);
  const history = preview.assignments.length - active.length;
  return (
    <section aria-label="合并预览" className="panel merge-preview">
      <h3 className="card-title">合并后将发生的变化</h3>
      <dl>
        <dt>名称与别称</dt>
        <dd>
          {preview.aliasesAdded.length > 0 ? `${preview.aliasesAdded.join('、')} 成为“${keepName}”的别称` : '无新增别称'}
          {preview.sectorAfter ? `;领域:${preview.sectorAfter.name}` : ''}
        </dd>
        <dt>分工</dt>
        <dd>
          {preview.assignmentGroups.length === 0 ? (
            '没有要移入的分工'
          ) : (
            <ul>
              {preview.assignmentGroups.map((g) => (
                <li key={`${g.document.id}:${g.role}`}>
                  《{g.document.title}》{roleLabel(g.role)} {g.count} 项移入
                </li>
              ))}
            </ul>
          )}
          {history > 0 && <p className="muted">另有 {history} 项已撤销的分工作为历史记录一并移入。</p>}
        </dd>
        {preview.conflicts.length > 0 && (
          <>
            <dt>两个部门承担同一任务({preview.conflicts.length} 项)</dt>
            <dd>
              <ul>
                {preview.conflicts.map((c) => (
                  <li key={c.task.id}>
                    {c.task.path.join('/')} {c.task.heading ?? ''}:{c.message}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>进展记录</dt>
        <dd>
          {preview.reportsMoved} 条随分工移入
          {preview.reportsKept > 0 ? `;${preview.reportsKept} 条随撤销的分工留在被合并部门(归档)下` : ''}
        </dd>
        <dt>联席会议成员身份与联络员</dt>
        <dd>
          {preview.memberships.length === 0 ? (
            '不是任何联席会议的成员'
          ) : (
            <ul>
              {preview.memberships.map((m) => (
                <li key={m.jointMeeting.id}>
                  {m.jointMeeting.name}:
                  {m.outcome === 'MOVED'
                    ? `成员身份移入(${positionLabels[m.positionAfter]},联络员 ${m.liaisonAfter?.name ?? '未设'})`
                    : `“${keepName}”已是成员,保留其成员身份(${positionLabels[m.positionAfter]},联络员 ${m.liaisonAfter?.name ?? '未设'})` +
                      (m.liaison ? `;被合并部门的联络员 ${m.liaison.name} 不再保留` : '')}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>用户账号</dt>
        <dd>
          {preview.users.length === 0
            ? '没有绑定的账号'
            : `${preview.users.map((u) => u.displayName).join('、')} 改为绑定“${keepName}”`}
        </dd>
        <dt>职责分工条目</dt>
        <dd>{preview.dutiesMoved} 条移入</dd>
      </dl>
      {preview.assignments.length > 0 && (
        <details>
          <summary>逐项查看 {preview.assignments.length} 项分工</summary>
          <ul style={{ maxHeight: '12rem', overflow: 'auto' }}>
            {preview.assignments.map((a) => (
              <li key={a.task.id}>
                <RoleBadge role={a.role} /> {a.task.path.join('/')} {a.task.heading ?? ''} —{' '}
                {a.outcome === 'MOVED' ? '移入' : '撤销(保留部门已承担)'}
                {a.active ? '' : '(已撤销的历史分工)'}
                {a.reports > 0 ? `,进展 ${a.reports} 条` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
