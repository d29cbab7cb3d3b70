import { createTestDatabase, type TestDatabase } from '@lianxi/db/testing';
import type { Engine } from '@lianxi/db';
import { afterAll, beforeAll } from 'vitest';
import { createServer, type ApiServer } from '../src/server.js';
import { serverConfig } from './fixtures.js';

export interface Body<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}
export const body = <T = Record<string, unknown>>(response: { body: unknown }) => response.body as Body<T>;
export const codeOf = (response: { body: unknown }) => body(response).errors?.[0]?.extensions?.code;

/**
 * One database and server for a whole `describe` block (made once, dropped after): the tests of a block
 * build their own, uniquely named worlds in it, so they stay independent without paying for a fresh
 * database each.
 */
export function sharedServer(engine: Engine): () => { database: TestDatabase; server: ApiServer } {
  let state: { database: TestDatabase; server: ApiServer } | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase(engine);
    state = { database, server: await createServer(serverConfig(database.dataSource)) };
  });
  afterAll(async () => {
    await state?.server.close();
    await state?.database.drop();
  });
  return () => {
    if (!state) throw new Error('sharedServer: used outside a test');
    return state;
  };
}

const TRANSACTION_CONTROL =
  /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT|SET TRANSACTION)\b/i;

/**
 * The SQL statements `operation` sent through the data source, without transaction control. The db
 * package's `recordStatements` follows the async context, which an HTTP request handled by the server
 * does not inherit from the test; so this listens on the data source's logger itself (the statements
 * still run for real), and the caller must not run anything else on the data source meanwhile.
 */
export async function countStatements<T>(
  dataSource: TestDatabase['dataSource'],
  operation: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const statements: string[] = [];
  logger.logQuery = (query, parameters, queryRunner) => {
    if (!TRANSACTION_CONTROL.test(query)) statements.push(query);
    original(query, parameters, queryRunner);
  };
  try {
    return { result: await operation(), statements };
  } finally {
    logger.logQuery = original;
  }
}
