import { EntitySchema, type EntitySchemaColumnOptions, type EntitySchemaOptions } from 'typeorm';

/**
 * Column shapes every table shares. Property names are the domain's camelCase, column names snake_case;
 * identifiers are UUIDs made by the database (`gen_random_uuid()`, built into PostgreSQL 13+ and PGlite),
 * instants are `timestamptz`, calendar dates `date`.
 */
export const id = {
  type: 'uuid',
  primary: true,
  generated: 'uuid',
} satisfies EntitySchemaColumnOptions;

export const createdAt = {
  name: 'created_at',
  type: 'timestamptz',
  default: () => 'now()',
} satisfies EntitySchemaColumnOptions;

export const updatedAt = {
  name: 'updated_at',
  type: 'timestamptz',
  default: () => 'now()',
} satisfies EntitySchemaColumnOptions;

/**
 * An EntitySchema whose table is named after the entity and whose constraints have readable names:
 * `pk_<table>` and `fk_<table>_<column>` (TypeORM would hash them), so a violation message says what broke.
 */
export function defineTable<T>(options: TableOptions<T>): EntitySchema<T> {
  const table = options.name;
  const columns: Record<string, EntitySchemaColumnOptions | undefined> = { ...options.columns };
  for (const [property, column] of Object.entries(columns)) {
    if (!column) continue;
    const named = { ...column };
    if (named.primary) named.primaryKeyConstraintName = `pk_${table}`;
    if (named.foreignKey)
      named.foreignKey = { name: `fk_${table}_${named.name ?? property}`, ...named.foreignKey };
    columns[property] = named;
  }
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- EntitySchemaOptions is a plain options bag declared as a class
  return new EntitySchema<T>({ ...options, tableName: table, columns });
}

/** EntitySchemaOptions as a plain object type (TypeORM declares it as a class). */
export type TableOptions<T> = { [K in keyof EntitySchemaOptions<T>]: EntitySchemaOptions<T>[K] } & {
  name: string;
};

/** A reference to another table's `id`. */
export function reference(
  name: string,
  target: string,
  options: { nullable?: boolean; onDelete?: 'CASCADE' | 'RESTRICT' | 'SET NULL' } = {},
): EntitySchemaColumnOptions {
  return {
    name,
    type: 'uuid',
    nullable: options.nullable ?? false,
    foreignKey: { target, onDelete: options.onDelete ?? 'RESTRICT' },
  };
}

export function text(
  name: string,
  options: { nullable?: boolean; default?: string } = {},
): EntitySchemaColumnOptions {
  return {
    name,
    type: 'text',
    nullable: options.nullable ?? false,
    ...(options.default === undefined ? {} : { default: options.default }),
  };
}

export function nullableText(name: string): EntitySchemaColumnOptions {
  return text(name, { nullable: true });
}

export function textArray(name: string): EntitySchemaColumnOptions {
  return { name, type: 'text', array: true, default: () => "'{}'" };
}

export function nullableInstant(name: string): EntitySchemaColumnOptions {
  return { name, type: 'timestamptz', nullable: true };
}

/** A CHECK that a text column holds one of the domain's enum values. */
export function oneOf(column: string, values: readonly string[], nullable = false) {
  const list = values.map((value) => `'${value}'`).join(', ');
  return `${nullable ? `"${column}" IS NULL OR ` : ''}"${column}" IN (${list})`;
}
