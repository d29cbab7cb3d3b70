/**
 * `pnpm --filter @lianxi/db migration:generate <Name>` — writes src/migrations/<timestamp>-<name>.ts with the
 * statements that bring a database migrated so far to the current EntitySchemas (TypeORM's schema builder,
 * on a throw-away in-memory PGlite). Read the result: rename constraints, add what TypeORM cannot express
 * (operator classes, sort orders, partial indexes, data moves), then list the class in src/migrations/index.ts.
 */
import { writeFileSync } from 'node:fs';
import { openDatabase } from '../src/data-source.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
  process.stderr.write('usage: migration:generate <PascalCaseName>\n');
  process.exit(2);
}
const dataSource = await openDatabase({});
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
if (sql.upQueries.length === 0) {
  process.stdout.write('The schema has no changes: nothing to generate.\n');
  process.exit(0);
}
const timestamp = Date.now();
const quote = (query: string) =>
  '`' + query.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
/** `CREATE TABLE "t" (a, b, c)` with one column or constraint per line, so a reviewer can read it. */
function layout(query: string): string {
  const open = /^CREATE TABLE "[^"]+" \(/.exec(query);
  if (!open || !query.endsWith(')')) return query;
  const body = query.slice(open[0].length, -1);
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0 && c === ',') {
      parts.push(body.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(body.slice(start).trim());
  return `${open[0]}\n${parts.map((part) => `        ${part}`).join(',\n')}\n      )`;
}
const lines = (queries: { query: string }[]) =>
  queries.map((q) => `    await queryRunner.query(${quote(layout(q.query))});`).join('\n');
const file = `src/migrations/${timestamp}-${name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()}.ts`;
writeFileSync(
  new URL(`../${file}`, import.meta.url),
  `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...sql.downQueries].reverse())}
  }
}
`,
);
process.stdout.write(`Wrote ${file}: read it, then add the class to src/migrations/index.ts.\n`);
