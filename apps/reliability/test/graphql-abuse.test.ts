import { createTestDatabase, type TestDatabase } from '@lianxi/db/testing';
import { Lexer, Source, TokenKind } from 'graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../api/src/server.js';
import { type ApiServer, buildWorld, createServer, gql, type GqlResponse, login, serverConfig, type World } from '../src/api.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';

/**
 * GraphQL abuse against a production-mode server: every limit at its value (passes) and one past it (refused
 * with a clear message), and the classic attacks. 0 responses with 5xx, 0 stack traces, 0 "did you mean".
 */
const figures = new FigureCollector('20-graphql-abuse', 'GraphQL abuse', mode.name);
let database: TestDatabase;
let server: ApiServer;
let world: World;
let admin: string;
const responses: GqlResponse[] = [];

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  world = await buildWorld(database.dataSource, 3, 'abuse');
  server = await createServer(serverConfig(database.dataSource));
  admin = await login(server, 'abuse-admin');
});
afterAll(async () => {
  await server.close();
  await database.drop();
  figures.add('all abuse responses', {
    responses: responses.length,
    status5xx: responses.filter((r) => r.status >= 500).length,
    withStackTrace: responses.filter((r) => /stacktrace|\n\s+at /.test(r.text)).length,
    withDidYouMean: responses.filter((r) => /did you mean/i.test(r.text)).length,
  });
  figures.flush();
});

/** Sends and checks what every answer must satisfy: below 500, no stack trace, no suggestion. */
async function send(query: string, variables: Record<string, unknown> = {}, target = server, token = admin) {
  const response = await gql(target, query, variables, token);
  responses.push(response);
  expect(response.status, response.text).toBeLessThan(500);
  expect(response.text).not.toMatch(/stacktrace|\n\s+at /);
  expect(response.text).not.toMatch(/did you mean/i);
  return response;
}

const codes = (response: GqlResponse) => (response.body.errors ?? []).map((error) => error.extensions?.code ?? '').join(' | ');
const messages = (response: GqlResponse) => (response.body.errors ?? []).map((error) => error.message).join(' | ');

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

const MISSING = '00000000-0000-4000-8000-000000000000';
/** `task { children { … { id } } }`: depth = children + 2. */
const deep = (depth: number) => `{ task(id: "${MISSING}") { ${'children { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`;
const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: health`).join(' ')} }`;
/** A mutation of exactly n tokens (the list argument pads it); it reaches the resolver only if parsing passed. */
function ofTokens(n: number): string {
  const base = (items: number) =>
    `mutation { createDepartment(input: { jurisdictionId: "${MISSING}", name: "x", aliases: [${Array.from({ length: items }, () => '"a"').join(' ')}] }) { __typename } }`;
  const overhead = tokens(base(0));
  return base(n - overhead);
}

describe('limits at the value pass, one past are refused', () => {
  it(`depth ${DEFAULT_LIMITS.maxDepth}`, async () => {
    const at = await send(deep(DEFAULT_LIMITS.maxDepth));
    expect(at.status).toBe(200);
    const past = await send(deep(DEFAULT_LIMITS.maxDepth + 1));
    expect(past.status).toBe(400);
    expect(codes(past)).toBe('QUERY_TOO_DEEP');
    expect(messages(past)).toMatch(/最多 10 层/);
    figures.add('depth', { limit: DEFAULT_LIMITS.maxDepth, atLimit: at.status, onePast: past.status, message: messages(past) });
  });

  it(`aliases ${DEFAULT_LIMITS.maxAliases}`, async () => {
    const at = await send(aliases(DEFAULT_LIMITS.maxAliases));
    expect(at.status).toBe(200);
    expect(Object.keys(at.body.data ?? {})).toHaveLength(DEFAULT_LIMITS.maxAliases);
    const past = await send(aliases(DEFAULT_LIMITS.maxAliases + 1));
    expect(past.status).toBe(400);
    expect(codes(past)).toBe('TOO_MANY_ALIASES');
    expect(messages(past)).toMatch(/最多 15 个/);
    figures.add('aliases', { limit: DEFAULT_LIMITS.maxAliases, atLimit: at.status, onePast: past.status, message: messages(past) });
  });

  it(`tokens ${DEFAULT_LIMITS.maxTokens}`, async () => {
    const atQuery = ofTokens(DEFAULT_LIMITS.maxTokens);
    expect(tokens(atQuery)).toBe(DEFAULT_LIMITS.maxTokens);
    const at = await send(atQuery);
    // Parsed and validated: the resolver ran and answered (NOT_FOUND for the made-up jurisdiction, or payload errors).
    expect(at.status).toBe(200);
    const past = await send(ofTokens(DEFAULT_LIMITS.maxTokens + 1));
    expect(past.status).toBe(400);
    expect(codes(past)).toBe('TOO_MANY_TOKENS');
    expect(messages(past)).toMatch(/最多 3000 个词法单元/);
    figures.add('tokens', { limit: DEFAULT_LIMITS.maxTokens, atLimit: at.status, onePast: past.status, message: messages(past) });
  });

  it('cost: a query costing exactly maxCost passes, maxCost − 1 refuses it; the default refuses a flood query', async () => {
    const query = `{ departments { id name tasks(first: 100) { nodes { id task { id text assignments { id department { id name } } } } } } }`;
    const probe = await createServer(serverConfig(database.dataSource, { limits: { maxCost: 1 } }));
    // The message names the query's cost as an integer (armor's is fractional: depth factor 1.5), so the limit
    // that just admits the query is that integer or the next one.
    const found = /本查询 (\d+)/.exec(messages(await send(query, {}, probe)))?.[1];
    await probe.close();
    const floor = Number(found);
    expect(floor).toBeGreaterThan(1);
    const admits = async (limit: number) => {
      const candidate = await createServer(serverConfig(database.dataSource, { limits: { maxCost: limit } }));
      const response = await send(query, {}, candidate);
      await candidate.close();
      return response;
    };
    let cost = floor;
    let at = await admits(cost);
    if (at.status !== 200) {
      cost = floor + 1;
      at = await admits(cost);
    }
    const past = await admits(cost - 1);
    expect(at.status, at.text).toBe(200);
    expect(at.body.errors).toBeUndefined();
    expect(past.status).toBe(400);
    expect(codes(past)).toBe('QUERY_TOO_EXPENSIVE');
    // The heaviest shape the other limits allow: 15 aliases of a deep list query.
    const flood = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: departments { tasks(first: 100) { nodes { task { children { children { assignments { department { id } } } } } } } }`).join(' ')} }`;
    const refused = await send(flood);
    expect(refused.status).toBe(400);
    expect(codes(refused)).toBe('QUERY_TOO_EXPENSIVE');
    expect(messages(refused)).toMatch(/上限 20000/);
    figures.add('cost', { queryCost: cost, atLimit: at.status, onePast: past.status, defaultLimit: DEFAULT_LIMITS.maxCost, floodQuery: refused.status });
  });

  it('first: 100 passes, 101 is refused; there is no `last` argument', async () => {
    const query = `query($id: ID!, $first: Int) { department(id: $id) { tasks(first: $first) { totalCount nodes { id } } } }`;
    const at = await send(query, { id: world.departmentA, first: 100 });
    expect(at.body.errors).toBeUndefined();
    const past = await send(query, { id: world.departmentA, first: 101 });
    expect(past.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(messages(past)).toMatch(/每页条数应在 0 到 100 之间/);
    const negative = await send(query, { id: world.departmentA, first: -1 });
    expect(negative.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const last = await send(`query($id: ID!) { department(id: $id) { tasks(last: 5) { totalCount } } }`, { id: world.departmentA });
    expect(last.status).toBe(400);
    figures.add('first', { limit: 100, atLimit: 'data', onePast: 'BAD_USER_INPUT', message: messages(past), last: 'no such argument (400)' });
  });
});

describe('attacks', () => {
  it('duplicate fields, circular fragments, an operation named __schema, introspection in production', async () => {
    const duplicates = await send(`{ ${'health '.repeat(2_000)}}`);
    expect(duplicates.status).toBe(400);
    const circular = await send(`fragment A on Query { health ...B } fragment B on Query { health ...A } { ...A }`);
    expect(circular.status).toBe(400);
    expect(messages(circular)).toMatch(/Cannot spread fragment "A" within itself/);
    const named = await send(`query __schema { health }`);
    expect(named.status).toBe(200);
    expect(named.body.data).toEqual({ health: true });
    const introspection = await send(`{ __schema { types { name } } }`);
    expect(introspection.status).toBe(400);
    const typo = await send(`{ healt }`);
    expect(typo.status).toBe(400);
    figures.add('duplicate fields ×2000', { status: duplicates.status, message: messages(duplicates) });
    figures.add('circular fragments', { status: circular.status, message: messages(circular) });
    figures.add('operation named __schema', { status: named.status, outcome: 'ordinary query, answered' });
    figures.add('introspection (production)', { status: introspection.status, message: messages(introspection).slice(0, 120) });
    figures.add('typo `healt` (production)', { status: typo.status, message: messages(typo) });
  });

  it('batched, GET mutation, url-encoded POST, oversized body, malformed JSON', async () => {
    const raw = async (name: string, call: request.Test) => {
      const response = await call;
      const result: GqlResponse = { status: response.status, body: response.body as GqlResponse['body'], text: response.text, headers: response.headers };
      responses.push(result);
      expect(response.status, `${name}: ${response.text}`).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toMatch(/\n\s+at |<html/i);
      figures.add(name, { status: response.status, message: messages(result).slice(0, 140) });
      return result;
    };
    const json = () => request(server.app).post('/graphql').set('content-type', 'application/json');
    await raw('batched array of operations', json().send(JSON.stringify([{ query: '{ health }' }, { query: '{ health }' }])));
    const get = await raw(
      'GET mutation',
      request(server.app).get(`/graphql?query=${encodeURIComponent('mutation { logout { ok } }')}`).set('apollo-require-preflight', '1').set('accept', 'application/json'),
    );
    expect(get.status).toBe(405);
    await raw('url-encoded POST', request(server.app).post('/graphql').type('form').send('query=mutation%20%7B%20ping%20%7D'));
    const big = await raw('body over the limit (1.1 MB, limit 1 MB)', json().send(JSON.stringify({ query: '{ health }', variables: { x: 'x'.repeat(1_100_000) } })));
    expect(big.status).toBe(413);
    await raw('malformed JSON', json().send('{"query": "{ health }"'));
    await raw('text/plain POST', request(server.app).post('/graphql').set('content-type', 'text/plain').send('{"query":"mutation { ping }"}'));
  });
});
