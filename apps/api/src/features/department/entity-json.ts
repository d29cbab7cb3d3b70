import type { Db } from '@lianxi/db';

const INSTANTS = new Set(['timestamptz', 'timestamp with time zone', 'timestamp', 'timestamp without time zone']);

function metadataOf(db: Db, entity: string) {
  return ('manager' in db ? db : db.dataSource).getMetadata(entity);
}

/**
 * `json_build_object(…)` of every column of `entity`'s row `alias`, keyed by property name: the same object
 * TypeORM's `find` hydrates once `hydrateEntity` has turned the instants back into Dates. Built from the
 * entity's metadata, so it follows the schema. Lets one statement carry the rows a DataLoader would read.
 */
export function entityJson(db: Db, entity: string, alias: string): string {
  const columns = metadataOf(db, entity).columns.map(
    (column) => `'${column.propertyName}', ${alias}.${column.databaseName}`,
  );
  return `json_build_object(${columns.join(', ')})`;
}

/** A row read through `entityJson` as TypeORM would have hydrated it (instants as Dates). */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the entity's type
export function hydrateEntity<T>(db: Db, entity: string, json: Record<string, unknown>): T {
  for (const column of metadataOf(db, entity).columns) {
    if (typeof column.type !== 'string' || !INSTANTS.has(column.type)) continue;
    const value = json[column.propertyName];
    if (typeof value === 'string') json[column.propertyName] = new Date(value);
  }
  return json as T;
}
