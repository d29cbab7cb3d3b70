export * from './department-tasks.js';
export * from './departments.js';
export * from './joint-meetings.js';
export * from './matrix.js';
export * from './progress.js';
export * from './summary.js';
export * from './tasks.js';
export * from './users.js';
