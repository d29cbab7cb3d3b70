/**
 * The test suites' one configuration value. With TEST_DATABASE_URL (an admin URL of a PostgreSQL server,
 * e.g. postgres://postgres@127.0.0.1:5432/postgres) every database suite also runs on that server.
 */
const url = process.env.TEST_DATABASE_URL?.trim();
export const testDatabaseUrl: string | undefined = url === '' ? undefined : url;
