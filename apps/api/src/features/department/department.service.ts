import type { Department, InstitutionKind, User } from '@lianxi/domain';
import { isDbError } from '@lianxi/db';
import type { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from '../../audit/audit.writer.js';
import { conflict, notFound, userError, type UserErrorData } from '../../errors.js';
import { mergeWithEffects, type MergeEffects } from './merge-effects.js';

/** Carries a preview's outcome out of the transaction it rolls back. */
class RolledBack extends Error {
  constructor(readonly outcome: MergeEffects | { errors: UserErrorData[] }) {
    super('merge preview: rolled back');
  }
}

const mergeIntoItself = () => userError('INVALID_INPUT', '不能把部门合并到自身', 'input.mergeId');

/** The merge with its effects, or the merge's refusal as user errors; an unknown department is NOT_FOUND. */
async function runMerge(
  manager: EntityManager,
  keepId: string,
  mergeId: string,
): Promise<MergeEffects | { errors: UserErrorData[] }> {
  try {
    return await mergeWithEffects(manager, keepId, mergeId);
  } catch (error) {
    if (isDbError(error, 'BAD_USER_INPUT')) {
      return { errors: [userError('INVALID_INPUT', error.message, 'input.mergeId')] };
    }
    if (isDbError(error, 'NOT_FOUND')) throw notFound('被合并的部门');
    throw error;
  }
}

export type DepartmentResult =
  { department: Department; errors: [] } | { department: null; errors: UserErrorData[] };

interface Actor {
  user: User;
  requestId: string;
}

/** Department edits: each one a transaction with its audit event; edits name the version they read. */
export class DepartmentService {
  constructor(private readonly db: DataSource) {}

  async create(
    actor: Actor,
    input: {
      jurisdictionId: string;
      name: string;
      aliases: string[];
      sector: string | null;
      kind: InstitutionKind;
    },
  ): Promise<DepartmentResult> {
    const name = input.name.trim();
    if (name === '')
      return { department: null, errors: [userError('INVALID_INPUT', '部门名称不能为空', 'input.name')] };
    return this.db.transaction(async (manager) => {
      const jurisdiction = await manager
        .getRepository('jurisdiction')
        .findOneBy({ id: input.jurisdictionId });
      if (!jurisdiction) throw notFound('行政区划');
      if (await this.nameTaken(manager, input.jurisdictionId, name, null)) {
        return {
          department: null,
          errors: [userError('NAME_TAKEN', `本辖区已有名为"${name}"的部门`, 'input.name')],
        };
      }
      const saved = await manager.getRepository<Department>('department').save({
        jurisdictionId: input.jurisdictionId,
        name,
        aliases: [...new Set(input.aliases.map((a) => a.trim()).filter((a) => a !== '' && a !== name))],
        sector: input.sector,
        kind: input.kind,
        archivedAt: null,
      });
      const department = await manager
        .getRepository<Department>('department')
        .findOneByOrFail({ id: saved.id });
      await writeAudit(manager, {
        actorId: actor.user.id,
        action: 'department.create',
        entity: 'department',
        entityId: department.id,
        before: null,
        after: department,
        requestId: actor.requestId,
      });
      return { department, errors: [] };
    });
  }

  /** Applies `change` to the department if its version is still `expectedVersion`; CONFLICT otherwise. */
  async edit(
    actor: Actor,
    action: string,
    departmentId: string,
    expectedVersion: number,
    change: (current: Department, manager: EntityManager) => Promise<Partial<Department> | UserErrorData>,
  ): Promise<DepartmentResult> {
    return this.db.transaction(async (manager) => {
      const repository = manager.getRepository<Department>('department');
      const before = await repository.findOneBy({ id: departmentId });
      if (!before) throw notFound('部门');
      if (before.version !== expectedVersion) {
        throw conflict(`部门已被他人修改(当前版本 ${before.version}),请刷新后重试`, {
          currentVersion: before.version,
        });
      }
      const patch = await change(before, manager);
      if ('code' in patch) return { department: null, errors: [patch] };
      const result = await manager
        .createQueryBuilder()
        .update('department')
        .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id AND version = :version', { id: departmentId, version: expectedVersion })
        .execute();
      if (result.affected !== 1) throw conflict();
      const after = await repository.findOneByOrFail({ id: departmentId });
      await writeAudit(manager, {
        actorId: actor.user.id,
        action,
        entity: 'department',
        entityId: departmentId,
        before,
        after,
        requestId: actor.requestId,
      });
      return { department: after, errors: [] };
    });
  }

  rename(actor: Actor, departmentId: string, name: string, expectedVersion: number) {
    const next = name.trim();
    return this.edit(actor, 'department.rename', departmentId, expectedVersion, async (current, manager) => {
      if (current.archivedAt) return userError('ARCHIVED', '部门已归档,不能改名');
      if (next === '') return userError('INVALID_INPUT', '部门名称不能为空', 'input.name');
      if (await this.nameTaken(manager, current.jurisdictionId, next, current.id)) {
        return userError('NAME_TAKEN', `本辖区已有名为"${next}"的部门`, 'input.name');
      }
      // The old name stays findable: documents written before the rename still use it.
      const aliases = [...new Set([...current.aliases, current.name])].filter((a) => a !== next);
      return { name: next, aliases };
    });
  }

  addAlias(actor: Actor, departmentId: string, alias: string, expectedVersion: number) {
    const next = alias.trim();
    return this.edit(
      actor,
      'department.add_alias',
      departmentId,
      expectedVersion,
      async (current, manager) => {
        if (next === '') return userError('INVALID_INPUT', '别称不能为空', 'input.alias');
        if (next === current.name || current.aliases.includes(next)) {
          return userError('ALREADY_EXISTS', `"${next}"已是该部门的名称或别称`, 'input.alias');
        }
        if (await this.nameTaken(manager, current.jurisdictionId, next, current.id)) {
          return userError('NAME_TAKEN', `本辖区已有部门使用"${next}"`, 'input.alias');
        }
        return { aliases: [...current.aliases, next] };
      },
    );
  }

  archive(actor: Actor, departmentId: string, expectedVersion: number) {
    return this.edit(actor, 'department.archive', departmentId, expectedVersion, (current) =>
      Promise.resolve(current.archivedAt ? userError('ARCHIVED', '部门已归档') : { archivedAt: new Date() }),
    );
  }

  /**
   * Merges `mergeId` into `keepId` through the db package's `mergeDepartments` (assignments, memberships,
   * duties and users move; on a task both hold, the stronger role stays and the other assignment is
   * withdrawn with its history; the merged department is archived and its names become aliases), after
   * checking the version the caller read of the kept department. One transaction with the audit event,
   * which records what moved (`mergeWithEffects`, the same code the preview runs).
   */
  merge(actor: Actor, keepId: string, mergeId: string, expectedVersion: number): Promise<DepartmentResult> {
    if (keepId === mergeId) return Promise.resolve({ department: null, errors: [mergeIntoItself()] });
    return this.db.transaction(async (manager) => {
      const repository = manager.getRepository<Department>('department');
      const before = await repository.findOneBy({ id: keepId });
      if (!before) throw notFound('部门');
      if (before.version !== expectedVersion) {
        throw conflict(`部门已被他人修改(当前版本 ${before.version}),请刷新后重试`, {
          currentVersion: before.version,
        });
      }
      const outcome = await runMerge(manager, keepId, mergeId);
      if ('errors' in outcome) return { department: null, errors: outcome.errors };
      const after = await repository.findOneByOrFail({ id: keepId });
      await writeAudit(manager, {
        actorId: actor.user.id,
        action: 'department.merge',
        entity: 'department',
        entityId: keepId,
        before,
        after: {
          ...after,
          merged: outcome.report.from.id,
          movedAssignments: outcome.report.movedAssignments,
          clashes: outcome.report.clashes,
          movedMembers: outcome.report.movedMembers,
          mergedMembers: outcome.report.mergedMembers,
          movedDuties: outcome.report.movedDuties,
          movedUsers: outcome.report.movedUsers,
          reportsMoved: outcome.reportsMoved,
        },
        requestId: actor.requestId,
      });
      return { department: after, errors: [] };
    });
  }

  /**
   * What `merge` would do, without doing it: the same `mergeWithEffects` in a transaction that is always
   * rolled back. Refusals are the merge's own (same department, another jurisdiction, archived).
   */
  async preview(
    keepId: string,
    mergeId: string,
  ): Promise<{ preview: MergeEffects; errors: [] } | { preview: null; errors: UserErrorData[] }> {
    if (keepId === mergeId) return { preview: null, errors: [mergeIntoItself()] };
    try {
      await this.db.transaction(async (manager) => {
        throw new RolledBack(await runMerge(manager, keepId, mergeId));
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      const outcome = error.outcome;
      return 'errors' in outcome
        ? { preview: null, errors: outcome.errors }
        : { preview: outcome, errors: [] };
    }
    throw new Error('merge preview: the transaction was not rolled back');
  }

  private async nameTaken(
    manager: EntityManager,
    jurisdictionId: string,
    name: string,
    exceptId: string | null,
  ) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM department
       WHERE jurisdiction_id = $1 AND ($2::uuid IS NULL OR id <> $2) AND (name = $3 OR $3 = ANY(aliases)) LIMIT 1`,
      [jurisdictionId, exceptId, name],
    );
    return rows.length > 0;
  }
}
