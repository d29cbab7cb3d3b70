import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * What GraphQL execution itself costs for one of the measured answers, with no database and no server:
 * the API's schema, default resolvers reading an object that already holds the answer, graphql-js's
 * `execute` (a promise-aware resolver call per field, as Apollo runs it) against graphql-jit's compiled
 * query, and `JSON.stringify` of the answer for scale. A lower bound on the execution overhead per request.
 */
const SCHEMA = fileURLToPath(new URL('../../../api/schema.graphql', import.meta.url));

export interface ExecutorResult {
  fields: number;
  bytes: number;
  graphqlJsMs: number;
  graphqlJitMs: number;
  jsonStringifyMs: number;
  speedup: number;
}

function countFields(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countFields(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce<number>((sum, item) => sum + 1 + countFields(item), 0);
  }
  return 0;
}

async function timePerCall(seconds: number, call: () => unknown): Promise<number> {
  for (let i = 0; i < 20; i++) await call();
  let calls = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    await call();
    calls++;
  }
  return (performance.now() - started) / calls;
}

export async function executorComparison(
  query: string,
  variables: Record<string, unknown>,
  answer: { data: Record<string, unknown> },
  seconds: number,
): Promise<ExecutorResult> {
  const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
  const document = parse(query);
  const root = answer.data;
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) throw new Error(`graphql-jit could not compile: ${JSON.stringify(compiled)}`);
  const viaJs = await execute({ schema, document, rootValue: root, variableValues: variables });
  const viaJit = await compiled.query(root, {}, variables);
  if (JSON.stringify(viaJs) !== JSON.stringify(viaJit) || viaJs.errors) {
    throw new Error('graphql-js and graphql-jit disagree on the answer');
  }
  const graphqlJsMs = await timePerCall(seconds, () => execute({ schema, document, rootValue: root, variableValues: variables }));
  const graphqlJitMs = await timePerCall(seconds, () => compiled.query(root, {}, variables));
  const jsonStringifyMs = await timePerCall(seconds / 2, () => JSON.stringify(viaJs));
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    fields: countFields(root),
    bytes: Buffer.byteLength(JSON.stringify(viaJs)),
    graphqlJsMs: round(graphqlJsMs),
    graphqlJitMs: round(graphqlJitMs),
    jsonStringifyMs: round(jsonStringifyMs),
    speedup: Math.round((graphqlJsMs / graphqlJitMs) * 10) / 10,
  };
}
