export * from './fixtures.js';
export * from './parsed-policy.js';
export * from './test-database.js';
