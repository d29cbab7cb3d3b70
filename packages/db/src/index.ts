export * from './data-source.js';
export * from './db.js';
export * from './errors.js';
export * from './statement-log.js';
export * from './dal/index.js';
export * from './import/import-policy.js';
export * from './schema/index.js';
export { PGliteThread, type PGliteThreadOptions, type SyncStats, type ThreadQueryOptions, type ThreadResult } from './engine/pglite-thread.js';
