import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { DataSource, FindManyOptions, ObjectLiteral } from 'typeorm';

/**
 * Levers the bench can pull from outside the API, to measure a proposed fix before anyone makes it.
 *
 * `latest-report`: the API's `reportsByAssignment` DataLoader reads EVERY report of every assignment
 * (`find({ where: { assignmentId: In(ids) } })`, hydrated into TypeORM entities) although the hot queries
 * only show the latest one. This wraps the data source so that that one call reads only the latest report
 * per assignment (DISTINCT ON, served by ix_progress_report_latest) as plain rows — what a dedicated
 * `latestReportByAssignment` loader in the API would do. Only for measuring: `Assignment.reports` would
 * then list one report.
 */
export type Lever = 'latest-report' | 'no-cache-control';

export const LEVERS: readonly Lever[] = ['latest-report', 'no-cache-control'];

export function parseLevers(text: string | undefined): Lever[] {
  const levers = (text ?? '').split(',').filter((lever) => lever !== '');
  for (const lever of levers) if (!LEVERS.includes(lever as Lever)) throw new Error(`unknown lever ${lever}`);
  return levers as Lever[];
}

interface FindOperatorLike {
  type?: string;
  value?: unknown;
}

const LATEST = `
  SELECT DISTINCT ON (assignment_id)
         id, assignment_id AS "assignmentId", period, status, percent, narrative,
         indicator_values AS "indicatorValues", reported_by AS "reportedBy", reported_at AS "reportedAt",
         supersedes_id AS "supersedesId"
  FROM progress_report WHERE assignment_id = ANY($1::uuid[])
  ORDER BY assignment_id, reported_at DESC, id DESC`;

export function withLatestReportLever(db: DataSource, levers: readonly Lever[]): DataSource {
  if (!levers.includes('latest-report')) return db;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'getRepository') {
        return (entity: string) => {
          const repository = target.getRepository<ObjectLiteral>(entity);
          if (entity !== 'progress_report') return repository;
          return new Proxy(repository, {
            get(repo, key) {
              if (key === 'find') {
                return async (options?: FindManyOptions) => {
                  const where = options?.where as Record<string, FindOperatorLike> | undefined;
                  const ids = where?.assignmentId;
                  if (ids?.type === 'in' && Array.isArray(ids.value)) {
                    return target.query<ObjectLiteral[]>(LATEST, [ids.value]);
                  }
                  return repo.find(options);
                };
              }
              const value: unknown = Reflect.get(repo, key, repo);
              return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(repo) : value;
            },
          });
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * `no-cache-control`: Apollo Server installs its cache-control plugin unless told not to; the plugin's
 * `willResolveField` hook makes Apollo wrap EVERY field resolver in the schema (schemaInstrumentation). The
 * API uses no cache hints, so `ApolloServerPluginCacheControlDisabled()` in its plugin list would change no
 * answer. Here the same plugin is added from outside, before Apollo adds its defaults, by patching the
 * ApolloServer class the API imports (same module instance: the same real path).
 */
export async function applyApolloLevers(levers: readonly Lever[], apiPackageJson: string): Promise<void> {
  if (!levers.includes('no-cache-control')) return;
  const cjsEntry = createRequire(apiPackageJson).resolve('@apollo/server');
  const esm = (path: string) => pathToFileURL(cjsEntry.replace(/dist\/cjs\/index\.js$/, `dist/esm/${path}`)).href;
  const { ApolloServer } = (await import(esm('index.js'))) as {
    ApolloServer: { prototype: { addDefaultPlugins(): Promise<void>; internals: { plugins: unknown[] } } };
  };
  const { ApolloServerPluginCacheControlDisabled } = (await import(esm('plugin/disabled/index.js'))) as {
    ApolloServerPluginCacheControlDisabled: () => unknown;
  };
  const prototype = ApolloServer.prototype;
  const holder = prototype as unknown as { addDefaultPlugins: (this: typeof prototype) => Promise<void> };
  const original = holder.addDefaultPlugins;
  prototype.addDefaultPlugins = function (this: typeof prototype) {
    this.internals.plugins.push(ApolloServerPluginCacheControlDisabled());
    return original.call(this);
  };
}
