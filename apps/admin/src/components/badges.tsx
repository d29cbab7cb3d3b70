import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import type { AssignmentRole, StatusLight } from '../graphql/generated/graphql';
import { lightLabel, roleLabel } from '../lib/domain';

/** Colours with at least 4.5:1 contrast between text and background; the icon and word carry the meaning too. */
export const lightColors: Record<StatusLight, { fg: string; bg: string; border: string }> = {
  GREEN: { fg: '#135200', bg: '#f0f9eb', border: '#7cb305' },
  YELLOW: { fg: '#5c3c00', bg: '#fff7d6', border: '#d4a106' },
  RED: { fg: '#82001a', bg: '#ffeceb', border: '#e0474c' },
};

const lightIcons = {
  GREEN: CheckCircleFilled,
  YELLOW: ExclamationCircleFilled,
  RED: CloseCircleFilled,
} as const;

export function LightIcon({ light }: { light: StatusLight }) {
  const Icon = lightIcons[light];
  return <Icon aria-hidden style={{ color: lightColors[light].fg }} />;
}

/** A status light as icon + word (红灯·逾期), never colour alone. */
export function LightBadge({ light, compact = false }: { light: StatusLight; compact?: boolean }) {
  const colors = lightColors[light];
  const label = lightLabel(light);
  return (
    <span
      className="light-badge"
      style={{ color: colors.fg, background: colors.bg, borderColor: colors.border }}
      data-light={light}
    >
      <LightIcon light={light} /> {compact ? label.split('·')[0] : label}
    </span>
  );
}

const roleShort: Record<AssignmentRole, string> = { LEAD: '牵', SUPPORT: '配', LOCAL: '属' };

/** 牵 / 配 / 属 with the full word for screen readers and as a tooltip. */
export function RoleBadge({ role }: { role: AssignmentRole }) {
  return (
    <span className={`role-badge role-${role.toLowerCase()}`} title={`${roleLabel(role)}单位`}>
      <span aria-hidden>{roleShort[role]}</span>
      <span className="visually-hidden">{roleLabel(role)}</span>
    </span>
  );
}

export function roleShortLabel(role: AssignmentRole): string {
  return roleShort[role];
}
