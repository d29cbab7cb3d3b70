export type * from './types.js';
export * from './read-file.js';
export { parsePolicy } from './parse.js';
export { toCliJson, type CliJson } from './cli-json.js';
export { cleanText, type CleanResult } from './clean.js';
