import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LruCache } from './lru.js';

/** How many compiled operations one server keeps: the clients send a few dozen distinct documents. */
export const DEFAULT_COMPILED_QUERIES = 200;

/**
 * graphql-js's `execute` from the same module instance as the schema's types: graphql 16 ships CommonJS and
 * ESM side by side, @graphql-tools/schema and graphql-jit load the CommonJS one (Node's resolution), and a
 * bundler resolving `import 'graphql'` to the ESM copy would make `execute` refuse the schema ("from another
 * module or realm"). `require` resolves like they do, in Node and under Vitest alike.
 */
const { execute, getOperationAST, getVariableValues, GraphQLError } = createRequire(import.meta.url)(
  'graphql',
) as typeof GraphQL;

/**
 * graphql-jit reports resolver errors as its own GraphQLError look-alikes: read-only `message`, and no
 * `extensions` at all when the cause had none. Apollo's error normalisation reads `extensions.code` and fails
 * on them (the client got "Internal server error" instead of the mapped answer), and plugins that rewrite
 * messages throw. Every error leaves the executor as a graphql-js GraphQLError with the same message, path,
 * locations, cause and extensions.
 */
function normalizedError(error: GraphQL.GraphQLError): GraphQL.GraphQLError {
  // The declared type says `extensions` is always there; graphql-jit's objects do not keep that promise.
  // Always a copy: graphql-jit's objects pass `instanceof GraphQLError` yet keep their read-only message.
  const { extensions } = error as { extensions?: GraphQL.GraphQLErrorExtensions };
  const normalized = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: extensions ?? {},
  });
  if (error.locations) (normalized as { locations?: unknown }).locations = error.locations;
  return normalized;
}

type Compiled = CompiledQuery | null;
/** Apollo's GatewayInterface (its package is Apollo's dependency, not ours). */
type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/**
 * Apollo Server 5 has no executor option, but a gateway may supply one: `load()` returns `{ executor }` and
 * Apollo then calls it instead of graphql-js's `execute`, after its own parsing, validation (with the
 * API's rules: graphql-armor's limits), context building and plugins, and before formatting the errors
 * (`formatError`). So this "gateway" serves the local schema and executes it with graphql-jit: each
 * operation is compiled once to a JavaScript function (kept in a bounded LRU keyed by the query text and
 * operation name) that resolves the fields without graphql-js's per-field interpretation and allocations.
 * Anything graphql-jit cannot compile (compileQuery answers with errors) runs through graphql-js, as before.
 */
export function jitGateway(
  schema: GraphQLSchema,
  options: {
    maxCompiledQueries?: number;
    /** false: execute every operation with graphql-js (ServerConfig.executor). */
    compile?: boolean;
  } = {},
): GatewayInterface & { compiled(): number } {
  const cache = new LruCache<string, Compiled>(options.maxCompiledQueries ?? DEFAULT_COMPILED_QUERIES);
  const compile = options.compile ?? true;

  const compiledFor = (source: string, document: DocumentNode, operationName: string | undefined) => {
    if (!compile) return null;
    const key = `${operationName ?? ''}\n${source}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      compiled = isCompiledQuery(result) ? result : null;
      cache.set(key, compiled);
    }
    return compiled;
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { request, document, source, context } = requestContext;
    const operationName = request.operationName ?? undefined;
    const compiled = compiledFor(source, document, operationName);
    if (compiled) {
      // Variables are coerced by graphql-js first: its messages carry the scalars' own (Chinese) reasons and
      // the path inside the input ("at input.heldOn"), where graphql-jit's say only "Expected type Date".
      const variableDefinitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
      if (variableDefinitions.length > 0) {
        const coerced = getVariableValues(schema, variableDefinitions, request.variables ?? {}, { maxErrors: 20 });
        if (coerced.errors) return { errors: coerced.errors };
      }
      const result = (await compiled.query(undefined, context, request.variables ?? {})) as ExecutionResult<
        Record<string, unknown>
      >;
      return result.errors ? { ...result, errors: result.errors.map(normalizedError) } : result;
    }
    return (await execute({
      schema,
      document,
      contextValue: context,
      variableValues: request.variables,
      operationName,
    })) as ExecutionResult<Record<string, unknown>>;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
    compiled: () => cache.size,
  };
}
