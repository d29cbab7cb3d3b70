import type { EntityMetadata } from 'typeorm';
import type { Db } from '../db.js';

/**
 * Whole rows of a table as plain objects without TypeORM's entity hydration: the SELECT list or the
 * `json_build_object(…)` of every column of an entity (optionally leaving some out), keyed by property
 * name, built from its EntitySchema so it follows the schema. A row read this way has the same properties
 * and values as the entity `find` would return (`reviveInstants` for one read as JSON), so either may
 * prime the same DataLoader.
 */

const INSTANTS = new Set([
  'timestamptz',
  'timestamp with time zone',
  'timestamp',
  'timestamp without time zone',
]);

function metadataOf(db: Db, entity: string): EntityMetadata {
  return ('manager' in db ? db : db.dataSource).getMetadata(entity);
}

const built = new WeakMap<EntityMetadata, Map<string, string>>();

function memo(metadata: EntityMetadata, key: string, build: () => string): string {
  let forEntity = built.get(metadata);
  if (!forEntity) built.set(metadata, (forEntity = new Map<string, string>()));
  let text = forEntity.get(key);
  if (text === undefined) forEntity.set(key, (text = build()));
  return text;
}

/** `alias.column AS "property", …` for every column of `entity` but those in `omit`. */
export function entityColumns(db: Db, entity: string, alias: string, omit: readonly string[] = []): string {
  const metadata = metadataOf(db, entity);
  return memo(metadata, `columns ${alias} ${omit.join(',')}`, () =>
    metadata.columns
      .filter((column) => !omit.includes(column.propertyName))
      .map((column) => `${alias}.${column.databaseName} AS "${column.propertyName}"`)
      .join(', '),
  );
}

/** `json_build_object('property', alias.column, …)` for every column of `entity` but those in `omit`. */
export function entityJson(db: Db, entity: string, alias: string, omit: readonly string[] = []): string {
  const metadata = metadataOf(db, entity);
  return memo(metadata, `json ${alias} ${omit.join(',')}`, () => {
    const columns = metadata.columns
      .filter((column) => !omit.includes(column.propertyName))
      .map((column) => `'${column.propertyName}', ${alias}.${column.databaseName}`);
    return `json_build_object(${columns.join(', ')})`;
  });
}

const instantsOf = new WeakMap<EntityMetadata, string[]>();

/**
 * A row read through `entityJson` as the entity TypeORM would have hydrated: JSON has no instants, so the
 * `timestamptz` columns come back as text and become Dates here (in place). Dates, numbers, booleans,
 * arrays and `date` strings are already what the driver gives.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the entity's type
export function reviveInstants<T>(db: Db, entity: string, json: Record<string, unknown>): T {
  const metadata = metadataOf(db, entity);
  let instants = instantsOf.get(metadata);
  if (!instants) {
    instants = metadata.columns
      .filter((column) => typeof column.type === 'string' && INSTANTS.has(column.type))
      .map((column) => column.propertyName);
    instantsOf.set(metadata, instants);
  }
  for (const property of instants) {
    const value = json[property];
    if (typeof value === 'string') json[property] = new Date(value);
  }
  return json as T;
}
