import { makeExecutableSchema } from '@graphql-tools/schema';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import { parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { jitGateway } from '../src/execution/jit-gateway.js';
import { LruCache } from '../src/execution/lru.js';

/** The graphql instance Apollo and the gateway load (Node's resolution), as in jit-gateway.ts. */
const { GraphQLError } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

const schema = makeExecutableSchema<{ who: string }>({
  typeDefs: 'type Query { hello(name: String!): String! boom: String }',
  resolvers: {
    Query: {
      hello: (_parent, { name }: { name: string }, context) => `${name} from ${context.who}`,
      boom: () => {
        throw Object.assign(new Error('boom'), { extensions: { code: 'FORBIDDEN' } });
      },
    },
  },
});

async function run(
  gateway: ReturnType<typeof jitGateway>,
  source: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  const { executor } = await gateway.load({ apollo: {} });
  const request = { query: source, variables, ...(operationName ? { operationName } : {}) };
  return executor!({ request, document: parse(source), source, context: { who: 'ctx' } } as never);
}

describe('the graphql-jit executor', () => {
  test('runs compiled operations with the context and variables, once compiled per document', async () => {
    const gateway = jitGateway(schema);
    const query = 'query($n: String!) { hello(name: $n) }';
    expect(await run(gateway, query, { n: 'a' })).toEqual({ data: { hello: 'a from ctx' } });
    expect(await run(gateway, query, { n: 'b' })).toEqual({ data: { hello: 'b from ctx' } });
    expect(gateway.compiled()).toBe(1);
  });

  test("a resolver's error keeps its extensions and path, as graphql-js gives it", async () => {
    const result = await run(jitGateway(schema), '{ boom hello(name: "x") }');
    expect(result.data).toEqual({ boom: null, hello: 'x from ctx' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'boom',
      path: ['boom'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  test('its errors are graphql-js errors whose message a plugin may rewrite (graphql-armor masks suggestions)', async () => {
    const result = await run(jitGateway(schema), '{ boom }');
    const error = result.errors?.[0];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.locations).toEqual([{ line: 1, column: 3 }]);
    error!.message = 'rewritten';
    expect(error?.message).toBe('rewritten');
  });

  test('with compile: false every operation runs through graphql-js, with the same answers', async () => {
    const gateway = jitGateway(schema, { compile: false });
    const query = 'query($n: String!) { hello(name: $n) }';
    expect(await run(gateway, query, { n: 'a' })).toEqual({ data: { hello: 'a from ctx' } });
    const result = await run(gateway, '{ boom hello(name: "x") }');
    expect(result.data).toEqual({ boom: null, hello: 'x from ctx' });
    expect(result.errors?.[0]).toMatchObject({
      message: 'boom',
      path: ['boom'],
      extensions: { code: 'FORBIDDEN' },
    });
    expect(gateway.compiled()).toBe(0);
  });

  test('what graphql-jit cannot compile runs through graphql-js', async () => {
    const result = await run(jitGateway(schema), 'query A { hello(name: "x") }', {}, 'B');
    expect(result.errors?.[0]?.message).toBe('Unknown operation named "B".');
  });

  test('the cache of compiled documents is bounded', async () => {
    const gateway = jitGateway(schema, { maxCompiledQueries: 2 });
    for (const name of ['a', 'b', 'c']) await run(gateway, `{ hello(name: "${name}") }`);
    expect(gateway.compiled()).toBe(2);
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
  });
});
