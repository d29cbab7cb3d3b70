import { readFileSync } from 'node:fs';
import { appendProgressReport, isDbError, sqlState, updateDepartment } from '@lianxi/db';
import { createTestDatabase, type TestDatabase } from '@lianxi/db/testing';
import { parsePolicy, PolicyFileError, readPolicyFile } from '@lianxi/policy-parser';
import fc from 'fast-check';
import { buildSchema, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, buildWorld, createServer, gql, login, serverConfig, type World } from '../src/api.js';
import { mode } from '../src/env.js';
import { resolvers } from '../../api/src/resolvers.js';
import { FigureCollector } from '../src/figures.js';
import { hostileString, inputArbitrary } from '../src/graphql-arbitrary.js';

/**
 * Bad input: the policy reader and every mutation get arbitrary strings, mixed encodings, 1 MB texts and deep
 * nesting. The promise: nothing crashes, no rejection goes unhandled, and every refusal carries a code and a
 * message a person can read.
 */
const figures = new FigureCollector('10-bad-input', 'Bad input', mode.name);
const params = { numRuns: mode.propertyRuns, seed: mode.seed };
let unhandled = 0;
const onUnhandled = () => {
  unhandled += 1;
};
const FILE_CODES = ['UNSUPPORTED_FORMAT', 'EMPTY_FILE', 'BINARY_FILE', 'UNREADABLE_DOCX', 'BAD_ENCODING', 'FILE_TOO_LARGE', 'HTML_TOO_DEEP'];
/** Input PostgreSQL refuses by itself: a malformed uuid, a NUL character. */
const POSTGRES_REFUSALS = new Set(['22P02', '22021']);
/** Codes a client may receive for bad input; INTERNAL_SERVER_ERROR is never one. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
]);

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  console.log(`bad-input: ${mode.propertyRuns} runs per property, seed ${mode.seed} (RELIABILITY_SEED=${mode.seed} replays)`);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  figures.add('unhandled rejections during the file', { count: unhandled });
  figures.note(`fast-check seed ${mode.seed}; replay with RELIABILITY_SEED=${mode.seed}`);
  figures.flush();
  expect(unhandled).toBe(0);
});

describe('policy reader', () => {
  it('parsePolicy never throws on arbitrary text (binary, graphemes, brackets, numbering)', () => {
    const fragment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom('一、', '（一）', '1.', '(1)', '一是', '（责任单位：', '）', '〔', '〕', '市卫健局、', '\n', '\r\n', '\u0000', '各县区政府', '到2025年，每千人口拥有3岁以下婴幼儿托位数达到4.5个'),
    );
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        runs += 1;
        const parsed = parsePolicy(parts.join(''));
        expect(Array.isArray(parsed.tasks)).toBe(true);
        expect(Array.isArray(parsed.warnings)).toBe(true);
      }),
      params,
    );
    figures.add('parsePolicy on arbitrary text', { runs, crashes: 0 });
  });

  it('readPolicyFile resolves or rejects with a PolicyFileError code and message, for any bytes and name', async () => {
    let runs = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2_000 }),
          hostileString.map((text) => new TextEncoder().encode(text)),
          // Mixed encodings: a UTF-8 half and a UTF-16 or GB18030-looking half.
          fc.tuple(fc.string({ maxLength: 50 }), fc.uint8Array({ maxLength: 100 })).map(([text, bytes]) => {
            const head = new TextEncoder().encode(text);
            return new Uint8Array([...head, ...bytes]);
          }),
        ),
        fc.constantFrom('plan.txt', 'plan.html', 'plan.htm', 'plan.docx', 'plan.DOCX', 'plan', 'plan.pdf', '.txt', '计划.txt'),
        async (bytes, name) => {
          runs += 1;
          try {
            const result = await readPolicyFile(bytes, name);
            expect(typeof result.text).toBe('string');
            parsePolicy(result.text);
          } catch (error) {
            rejected += 1;
            expect(error).toBeInstanceOf(PolicyFileError);
            const fileError = error as PolicyFileError;
            expect(FILE_CODES).toContain(fileError.code);
            expect(fileError.message).toMatch(/无法读取文件.+Cannot read/);
          }
        },
      ),
      params,
    );
    figures.add('readPolicyFile on arbitrary bytes × names', { runs, rejectedWithCode: rejected, crashes: 0 });
  });

  it('1 MB texts, deeply nested numbering and HTML: parsed or refused with a code', async () => {
    const seed = readFileSync(new URL('../../../data/seeds/benxi-city-2020.txt', import.meta.url), 'utf8');
    const oneMb = seed.repeat(Math.ceil(1_048_576 / Buffer.byteLength(seed))).slice(0, 400_000);
    const cases: [string, string][] = [
      ['seed plan repeated to ≥1 MB', oneMb],
      ['1 MB of one character', '字'.repeat(350_000)],
      ['1 MB without a newline', '（责任单位：市卫健局、'.repeat(30_000)],
      ['10,000 nested brackets', `${'（'.repeat(10_000)}${'）'.repeat(10_000)}`],
      ['5,000 nested numbering levels', Array.from({ length: 5_000 }, (_, i) => `${'  '.repeat(i % 50)}（${i}）任务`).join('\n')],
    ];
    for (const [name, text] of cases) {
      const started = performance.now();
      const parsed = parsePolicy(text);
      expect(Array.isArray(parsed.tasks)).toBe(true);
      figures.add(`parsePolicy: ${name}`, { bytes: Buffer.byteLength(text), ms: Math.round(performance.now() - started) });
    }
    const html = `<html><body>${'<div>'.repeat(20_000)}一、总体要求${'</div>'.repeat(20_000)}</body></html>`;
    const started = performance.now();
    const read = await readPolicyFile(new TextEncoder().encode(html), 'nested.html').then(
      (result) => result.text,
      (error: unknown) => (error as PolicyFileError).code,
    );
    expect(typeof read).toBe('string');
    figures.add('readPolicyFile: 20,000 nested <div>', { bytes: html.length, ms: Math.round(performance.now() - started), outcome: read.length > 40 ? 'text' : read });
    const huge = new Uint8Array(21 * 1024 * 1024).fill(0x41);
    await expect(readPolicyFile(huge, 'big.txt')).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });
});

describe('data-access mutations', () => {
  let database: TestDatabase;
  let world: World;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    world = await buildWorld(database.dataSource, 2, 'bad');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('appendProgressReport: stored, or a DbError with a code (BAD_USER_INPUT, NOT_FOUND, CONFLICT)', async () => {
    let runs = 0;
    let stored = 0;
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          assignment: fc.oneof(fc.constantFrom(...world.assignmentsA), fc.uuid()),
          period: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2025-Q3', '2025') }, { weight: 1, arbitrary: hostileString }),
          status: fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED') },
            { weight: 1, arbitrary: hostileString },
          ),
          percent: fc.oneof(
            { weight: 3, arbitrary: fc.integer({ min: -10, max: 110 }) },
            { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity)) },
          ),
          narrative: fc.oneof({ weight: 1, arbitrary: fc.constant('已完成前期调研，正在推进。') }, { weight: 1, arbitrary: hostileString }),
          expected: fc.oneof(fc.constant(null), fc.uuid(), fc.constant('latest')),
        }),
        async (input) => {
          runs += 1;
          const db = database.dataSource;
          let expected: string | null = input.expected;
          if (expected === 'latest') {
            const rows = await db.query<{ id: string }[]>(
              'SELECT id FROM progress_report WHERE assignment_id = $1 ORDER BY reported_at DESC, id DESC LIMIT 1',
              [input.assignment],
            );
            expected = rows[0]?.id ?? null;
          }
          try {
            await appendProgressReport(
              db,
              {
                assignmentId: input.assignment,
                period: input.period,
                status: input.status as 'IN_PROGRESS',
                percent: input.percent,
                narrative: input.narrative,
                reportedBy: world.users.memberA,
              },
              expected,
            );
            stored += 1;
          } catch (error) {
            expect(isDbError(error) || POSTGRES_REFUSALS.has(sqlState(error) ?? ''), `not a coded refusal: ${String(error)}`).toBe(true);
            const code = isDbError(error) ? error.code : `SQLSTATE ${sqlState(error) ?? '?'}`;
            expect((error as Error).message.length).toBeGreaterThan(0);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        },
      ),
      params,
    );
    figures.add('appendProgressReport on arbitrary input', { runs, stored, ...Object.fromEntries(codes) });
  });

  it('updateDepartment: updated, or a DbError with a code', async () => {
    let runs = 0;
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          id: fc.oneof(fc.constant(world.departmentB), fc.uuid()),
          version: fc.oneof(fc.constant('current'), fc.integer({ min: -5, max: 1_000 })),
          name: fc.option(hostileString),
          aliases: fc.option(fc.array(hostileString, { maxLength: 5 })),
          kind: fc.option(fc.oneof(fc.constantFrom('DEPARTMENT', 'GOVERNMENT'), hostileString)),
        }),
        async (input) => {
          runs += 1;
          const db = database.dataSource;
          let version = input.version;
          if (version === 'current') {
            const rows = await db.query<{ version: number }[]>('SELECT version FROM department WHERE id = $1', [input.id]);
            version = rows[0]?.version ?? 1;
          }
          try {
            await updateDepartment(db, input.id, version, {
              ...(input.name === null ? {} : { name: input.name }),
              ...(input.aliases === null ? {} : { aliases: input.aliases }),
              ...(input.kind === null ? {} : { kind: input.kind as 'DEPARTMENT' }),
            });
            codes.set('updated', (codes.get('updated') ?? 0) + 1);
          } catch (error) {
            // PostgreSQL's own refusals (a NUL character: 22021) reach the API as BAD_USER_INPUT (format-error.ts).
            const code = isDbError(error) ? error.code : `SQLSTATE ${sqlState(error) ?? '?'}`;
            expect(isDbError(error) || POSTGRES_REFUSALS.has(sqlState(error) ?? ''), `not a coded refusal: ${String(error)}`).toBe(true);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        },
      ),
      params,
    );
    figures.add('updateDepartment on arbitrary input', { runs, ...Object.fromEntries(codes) });
  });
});

describe('every GraphQL mutation over HTTP', () => {
  let database: TestDatabase;
  let world: World;
  let server: ApiServer;
  let adminToken: string;
  let memberToken: string;
  const schema = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));
  const implemented = new Set(Object.keys(resolvers.Mutation ?? {}));
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {}).filter(
    (field) => !['login', 'logout'].includes(field.name) && implemented.has(field.name),
  );
  const missing = Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => !implemented.has(name));
  const logged: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    world = await buildWorld(database.dataSource, 3, 'gqlbad');
    server = await createServer(serverConfig(database.dataSource, { log: (line) => logged.push(line) }));
    adminToken = await login(server, 'gqlbad-admin');
    memberToken = await login(server, 'gqlbad-member-a');
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  it('arbitrary inputs to every mutation (as admin and as member): no 5xx, no internal error, every error coded', async () => {
    const ids = [...world.assignmentsA, ...world.assignmentsB, world.departmentA, world.departmentB, world.jurisdictionId, world.plan.documentId];
    const operations = mutations.map((field) => {
      const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const text = `mutation M${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''} { __typename } }`;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const arg of field.args) {
        const arbitrary = inputArbitrary(schema, arg.type, ids);
        record[arg.name] = isNonNullType(arg.type) ? arbitrary.filter((value) => value !== null) : arbitrary;
      }
      return fc.record({ name: fc.constant(field.name), text: fc.constant(text), variables: fc.record(record) });
    });
    let runs = 0;
    const outcomes = new Map<string, number>();
    const internal: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.oneof(...operations), fc.boolean(), async (operation, asAdmin) => {
        runs += 1;
        const response = await gql(server, operation.text, operation.variables, asAdmin ? adminToken : memberToken);
        expect(response.status, response.text).toBeLessThan(500);
        for (const error of response.body.errors ?? []) {
          const code = error.extensions?.code ?? 'NONE';
          if (!CLIENT_CODES.has(code)) internal.push(`${operation.name}: ${code} ${error.message}`);
          expect(error.message.length).toBeGreaterThan(0);
          expect(JSON.stringify(error)).not.toMatch(/stacktrace|\n\s+at /);
        }
        const key = `${operation.name}:${response.body.errors?.[0]?.extensions?.code ?? 'ok'}`;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }),
      params,
    );
    figures.add('GraphQL mutations on arbitrary input', {
      runs,
      mutations: mutations.length,
      status5xx: 0,
      internalErrors: internal.length,
    });
    const byMutation = new Map<string, number>();
    for (const line of internal) byMutation.set(line.split(':')[0] ?? '', (byMutation.get(line.split(':')[0] ?? '') ?? 0) + 1);
    if (missing.length > 0) figures.note(`mutations in the schema without a resolver yet (not fuzzed): ${missing.join(', ')}`);
    if (logged.length > 0) figures.note(`first logged cause: ${(logged[0] ?? '').split('\n').slice(0, 2).join(' ')}`);
    if (internal.length > 0) figures.note(`internal errors by mutation: ${JSON.stringify(Object.fromEntries(byMutation))}; first: ${internal[0] ?? ''}`);
    expect(internal, [...new Set(logged.map((line) => line.split('\n').slice(0, 3).join(' | ')))].slice(0, 8).join('\n')).toEqual([]);
  });
});
