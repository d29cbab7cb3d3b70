import type { SessionUserFragment } from '../graphql/generated/graphql';
import { can, type Action } from '../lib/permissions';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to users who may do this. */
  requires?: Action;
  /** Shown only to users of a department (the member home). */
  memberOnly?: boolean;
}

export const navItems: NavItem[] = [
  { to: '/', label: '我的任务', memberOnly: true },
  { to: '/overview', label: '总览' },
  { to: '/matrix', label: '责任矩阵' },
  { to: '/documents', label: '政策文件', requires: 'READ_DOCUMENT' },
  { to: '/departments', label: '部门与成员单位', requires: 'READ_DEPARTMENT' },
  { to: '/joint-meetings', label: '联席会议' },
  { to: '/targets', label: '目标指标' },
  { to: '/compare', label: '跨地区对比' },
];

export function visibleNavItems(user: SessionUserFragment): NavItem[] {
  return navItems.filter(
    (item) => (!item.memberOnly || Boolean(user.department)) && (!item.requires || can(user, item.requires)),
  );
}
