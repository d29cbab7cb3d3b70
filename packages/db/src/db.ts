import type { DataSource, EntityManager } from 'typeorm';

/**
 * What every data-access function takes: the data source, or the entity manager of a transaction in
 * progress (then the function joins that transaction, nested work becoming a savepoint).
 */
export type Db = DataSource | EntityManager;

export interface Rows<T> {
  rows: T[];
  /** Rows inserted, updated or deleted (for a SELECT: rows returned). */
  affected: number;
}

function managerOf(db: Db): EntityManager {
  return 'manager' in db ? db.manager : db;
}

/**
 * One SQL statement with positional parameters. TypeORM's `query()` returns `[rows, count]` for UPDATE and
 * DELETE but plain rows otherwise; this always returns both, the same way on both engines.
 * Pass jsonb parameters as JSON.stringify(…): node-postgres would turn a JS array into a SQL array.
 */
export async function sql<T = Record<string, unknown>>(
  db: Db,
  text: string,
  parameters: unknown[] = [],
): Promise<Rows<T>> {
  const manager = managerOf(db);
  const runner = manager.queryRunner ?? manager.dataSource.createQueryRunner();
  try {
    const result = await runner.query(text, parameters, true);
    const rows = result.records as T[];
    return { rows, affected: result.affected ?? rows.length };
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/** Rows of one statement. */
export async function select<T = Record<string, unknown>>(
  db: Db,
  text: string,
  parameters: unknown[] = [],
): Promise<T[]> {
  return (await sql<T>(db, text, parameters)).rows;
}

/** Runs `work` in a transaction (a savepoint when `db` is already in one); it rolls back if `work` throws. */
export function transaction<T>(db: Db, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return managerOf(db).transaction(work);
}

/**
 * Independent reads: at once on separate connections when `db` is the data source; one after the other
 * inside a transaction, whose single connection must not be sent a second query while one runs.
 */
export async function reads<T extends readonly unknown[]>(
  db: Db,
  ...operations: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (managerOf(db).queryRunner) {
    const results: unknown[] = [];
    for (const operation of operations) results.push(await operation());
    return results as unknown as T;
  }
  return (await Promise.all(operations.map((operation) => operation()))) as unknown as T;
}
