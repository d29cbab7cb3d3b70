import { can, SECTORS, sectorByCode, type Jurisdiction } from '@lianxi/domain';
import { requireUser } from '../../auth/guards.js';
import { badInput } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const jurisdictionResolvers: Resolvers = {
  Query: {
    jurisdictions: async (_parent, _args, context) => {
      const user = requireUser(context);
      const rows = await context.services.db
        .getRepository<Jurisdiction>('jurisdiction')
        .find({ order: { name: 'ASC' } });
      return rows.filter((row) => can(user, 'READ_DEPARTMENT', { jurisdictionId: row.id }));
    },
    /** The domain's sector catalogue, in its order, with the Chinese names the UI shows. */
    sectors: (_parent, _args, context) => {
      requireUser(context);
      return SECTORS.map(({ code, name }) => ({ code, name }));
    },
    compareSector: async (_parent, args, context) => {
      const user = requireUser(context);
      const wanted = args.sector.trim();
      const found = sectorByCode(wanted.toUpperCase()) ?? SECTORS.find((s) => s.name === wanted);
      if (!found) throw badInput(`未知的领域"${wanted}",请使用领域目录中的代码或中文名`, 'sector');
      const sector = found.code;
      const rows: {
        id: string;
        task_id: string;
        department_id: string;
        role: 'LEAD' | 'SUPPORT' | 'LOCAL';
      }[] = await context.services.db.query(
        `SELECT a.id, a.task_id, a.department_id, a.role FROM assignment a
           JOIN department d ON d.id = a.department_id WHERE d.sector = $1 ORDER BY d.jurisdiction_id, a.role`,
        [sector],
      );
      const [departments, tasks] = await Promise.all([
        context.loaders.department.loadMany(rows.map((r) => r.department_id)),
        context.loaders.task.loadMany(rows.map((r) => r.task_id)),
      ]);
      const duties = rows.flatMap((row, i) => {
        const department = departments[i];
        const task = tasks[i];
        if (!department || department instanceof Error || !task || task instanceof Error) return [];
        if (!can(user, 'READ_DEPARTMENT', { jurisdictionId: department.jurisdictionId })) return [];
        return [{ jurisdictionId: department.jurisdictionId, department, task, role: row.role }];
      });
      return { sector: { code: found.code, name: found.name }, duties };
    },
  },
  Jurisdiction: {
    parent: (jurisdiction, _args, context) =>
      jurisdiction.parentId ? context.loaders.jurisdiction.load(jurisdiction.parentId) : null,
    documentCount: async (jurisdiction, _args, context) =>
      (await context.loaders.sizeOfJurisdiction.load(jurisdiction.id)).documents,
    assignmentCount: async (jurisdiction, _args, context) =>
      (await context.loaders.sizeOfJurisdiction.load(jurisdiction.id)).assignments,
  },
  SectorDuty: {
    jurisdiction: async (duty, _args, context) =>
      (await context.loaders.jurisdiction.load(duty.jurisdictionId)) ??
      Promise.reject(new Error('jurisdiction missing')),
  },
};
