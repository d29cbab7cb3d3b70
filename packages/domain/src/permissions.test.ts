import { beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, can, permittedActions, type Action } from './permissions.js';
import { aUser, resetTestIds } from './testing/index.js';

beforeEach(resetTestIds);

const READS: Action[] = [
  'READ_DOCUMENT',
  'READ_DEPARTMENT',
  'READ_INDICATOR',
  'READ_JOINT_MEETING',
  'READ_PROGRESS',
];
const jurisdiction = 'j-benxi';
const health = 'd-health';
const civil = 'd-civil';

describe('can', () => {
  it('lets an installation ADMIN do everything everywhere', () => {
    const admin = aUser({ role: 'ADMIN', jurisdictionId: null, departmentId: null });
    for (const action of ACTIONS) {
      expect(can(admin, action, { jurisdictionId: 'anywhere', departmentId: 'any' })).toBe(true);
      expect(can(admin, action)).toBe(true);
    }
  });

  it('keeps a jurisdiction ADMIN to its jurisdiction', () => {
    const admin = aUser({ role: 'ADMIN', jurisdictionId: jurisdiction, departmentId: null });
    expect(can(admin, 'IMPORT_DOCUMENT', { jurisdictionId: jurisdiction })).toBe(true);
    expect(can(admin, 'REPORT_PROGRESS', { jurisdictionId: jurisdiction, departmentId: civil })).toBe(true);
    expect(can(admin, 'READ_DOCUMENT', { jurisdictionId: 'j-elsewhere' })).toBe(false);
  });

  describe('MEMBER', () => {
    const member = () => aUser({ role: 'MEMBER', jurisdictionId: jurisdiction, departmentId: health });

    it('reads everything of its jurisdiction, and nothing elsewhere', () => {
      for (const action of READS) {
        expect(can(member(), action, { jurisdictionId: jurisdiction, departmentId: civil })).toBe(true);
        expect(can(member(), action, { jurisdictionId: 'j-elsewhere' })).toBe(false);
      }
    });

    it('reports progress only for its own department', () => {
      expect(can(member(), 'REPORT_PROGRESS', { jurisdictionId: jurisdiction, departmentId: health })).toBe(
        true,
      );
      expect(can(member(), 'REPORT_PROGRESS', { jurisdictionId: jurisdiction, departmentId: civil })).toBe(
        false,
      );
      expect(can(member(), 'REPORT_PROGRESS', { jurisdictionId: jurisdiction })).toBe(false);
      expect(can(member(), 'REPORT_PROGRESS')).toBe(true);
    });

    it('reads and marks as read only its own reminders', () => {
      for (const action of ['READ_REMINDER', 'MARK_REMINDER_READ'] as const) {
        expect(can(member(), action, { jurisdictionId: jurisdiction, departmentId: health })).toBe(true);
        expect(can(member(), action, { jurisdictionId: jurisdiction, departmentId: civil })).toBe(false);
      }
    });

    it('administers nothing', () => {
      expect(permittedActions(member())).toEqual([
        'READ_DOCUMENT',
        'READ_DEPARTMENT',
        'READ_INDICATOR',
        'READ_JOINT_MEETING',
        'READ_PROGRESS',
        'REPORT_PROGRESS',
        'READ_REMINDER',
        'MARK_REMINDER_READ',
      ]);
    });

    it('acts for no department when it has none', () => {
      const orphan = aUser({ role: 'MEMBER', jurisdictionId: jurisdiction, departmentId: null });
      expect(can(orphan, 'REPORT_PROGRESS', { jurisdictionId: jurisdiction, departmentId: null })).toBe(
        false,
      );
      expect(can(orphan, 'READ_DOCUMENT', { jurisdictionId: jurisdiction })).toBe(true);
    });
  });

  describe('VIEWER', () => {
    const viewer = () => aUser({ role: 'VIEWER', jurisdictionId: jurisdiction, departmentId: null });

    it('reads everything of its jurisdiction, reminders included, and writes nothing', () => {
      expect(permittedActions(viewer(), { jurisdictionId: jurisdiction, departmentId: civil })).toEqual(
        ACTIONS.filter((action) => action.startsWith('READ_')),
      );
      expect(can(viewer(), 'READ_PROGRESS', { jurisdictionId: 'j-elsewhere' })).toBe(false);
    });
  });

  it('fails closed: a disabled user, or a reader without a jurisdiction, may do nothing', () => {
    const disabled = aUser({
      role: 'ADMIN',
      jurisdictionId: null,
      disabledAt: new Date('2025-01-01T00:00:00Z'),
    });
    const unplaced = aUser({ role: 'VIEWER', jurisdictionId: null });
    expect(permittedActions(disabled)).toEqual([]);
    expect(permittedActions(unplaced, { jurisdictionId: jurisdiction })).toEqual([]);
    expect(permittedActions(unplaced, { jurisdictionId: null })).toEqual([]);
  });
});
