import { writeFileSync } from 'node:fs';
import { mergedSchemaPath, mergeSchemaModules } from './merge-schema.js';

writeFileSync(mergedSchemaPath, mergeSchemaModules());
process.stdout.write(`wrote ${mergedSchemaPath}\n`);
