import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'typeorm';

/**
 * Counting SQL statements per operation, so tests can prove a query costs a constant number of round trips
 * whatever the row count. Every statement TypeORM sends passes through the data source's logger; the logger
 * appends it to the recording of the async context it runs in, so concurrent operations never mix.
 */
const recording = new AsyncLocalStorage<string[]>();

/** Transaction control is bookkeeping, not a query of the operation. */
const TRANSACTION_CONTROL =
  /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET TRANSACTION)\b/i;

export interface Recorded<T> {
  result: T;
  /** The SQL statements `run` sent, in order, without transaction control (BEGIN, COMMIT, SAVEPOINT …). */
  statements: string[];
}

/** Runs `operation` and returns what it returned together with the statements it sent. */
export async function recordStatements<T>(operation: () => Promise<T>): Promise<Recorded<T>> {
  const statements: string[] = [];
  const result = await recording.run(statements, operation);
  return { result, statements };
}

/** The data source's logger: feeds `recordStatements` and, when asked, prints to stderr. */
export class StatementLogger implements Logger {
  constructor(private readonly print: boolean) {}

  logQuery(query: string): void {
    if (!TRANSACTION_CONTROL.test(query)) recording.getStore()?.push(query);
    if (this.print) process.stderr.write(`sql: ${query}\n`);
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.print)
      process.stderr.write(`sql error: ${error instanceof Error ? error.message : error} in ${query}\n`);
  }

  logQuerySlow(time: number, query: string): void {
    if (this.print) process.stderr.write(`sql slow (${time} ms): ${query}\n`);
  }

  logSchemaBuild(message: string): void {
    if (this.print) process.stderr.write(`schema: ${message}\n`);
  }

  logMigration(message: string): void {
    if (this.print) process.stderr.write(`migration: ${message}\n`);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (this.print || level === 'warn') process.stderr.write(`typeorm ${level}: ${String(message)}\n`);
  }
}
