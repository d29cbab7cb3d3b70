import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse as parseCookies } from 'cookie';
import express, { type ErrorRequestHandler, type Express, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthSettings } from './auth/auth.service.js';
import { SESSION_COOKIE } from './auth/session-token.js';
import type { Context } from './context.js';
import { jitGateway } from './execution/jit-gateway.js';
import { createFormatError } from './format-error.js';
import { createLoaders } from './loaders.js';
import { resolvers } from './resolvers.js';
import { createServices } from './services.js';

export interface Limits {
  /** Deepest selection nesting. */
  maxDepth: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Tokens per document. */
  maxTokens: number;
  /** graphql-armor's cost estimate. */
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 10, maxAliases: 15, maxTokens: 3000, maxCost: 20_000 };

export interface ServerConfig {
  db: DataSource;
  production: boolean;
  introspection: boolean;
  /** Express `trust proxy`: how many proxies' X-Forwarded-* headers to believe (0: none). */
  trustProxy: number;
  bodyLimit: string;
  auth: AuthSettings;
  limits?: Partial<Limits>;
  /** Built admin client to serve at `/` (SPA fallback); skipped when the directory does not exist. */
  adminDistDir?: string | null;
  /** Built playground; defaults to this package's dist/playground. */
  playgroundDir?: string;
  /**
   * How operations execute: compiled by graphql-jit (the default; see execution/jit-gateway.ts), or
   * interpreted by graphql-js — the same answers, slower; kept for diagnosis and for `pnpm bench` to
   * measure what compiling gains.
   */
  executor?: 'graphql-jit' | 'graphql-js';
  log?: (line: string) => void;
}

export interface ApiServer {
  app: Express;
  close(): Promise<void>;
}

const typeDefs = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
const defaultPlaygroundDir = fileURLToPath(new URL('../dist/playground/', import.meta.url));

/**
 * The whole HTTP surface: `/graphql` (API, and the playground for a browser's GET), `/playground/*` (its
 * assets), `/healthz`, and the admin client at `/`. Listening is left to index.ts so tests need no port.
 */
export async function createServer(config: ServerConfig): Promise<ApiServer> {
  const log = config.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const limits = { ...DEFAULT_LIMITS, ...config.limits };
  const services = createServices(config.db, config.auth);

  const armor = new ApolloArmor({
    maxDepth: {
      n: limits.maxDepth,
      ignoreIntrospection: true,
    },
    maxAliases: {
      n: limits.maxAliases,
    },
    // Off here: armor's Apollo plugin throws from parsingDidStart, which Apollo answers with HTTP 500. graphql-js
    // counts tokens itself (parseOptions below) and its refusal is an ordinary 400 parse error.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: limits.maxCost,
      ignoreIntrospection: true,
    },
    maxDirectives: { n: 20 },
    // Off here: armor's plugin rewrites `error.message` in place (with graphql-jit's read-only messages that
    // once turned every resolver error into a 500); formatError drops the hints instead, in one place.
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  // The schema as Apollo would build it from typeDefs and resolvers, served through a "gateway" whose
  // executor is graphql-jit (see execution/jit-gateway.ts): Apollo parses, validates and formats as before.
  const schema = makeExecutableSchema<Context>({ typeDefs: [typeDefs], resolvers });
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(schema, { compile: (config.executor ?? 'graphql-jit') === 'graphql-jit' }),
    introspection: config.introspection,
    parseOptions: { maxTokens: limits.maxTokens },
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor's declarations name Apollo's CommonJS types; the objects are the same at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs these by default (cache control always; usage reporting, schema reporting and the
      // inline trace when an Apollo key or a federated schema asks): each per-field hook makes Apollo wrap
      // every resolver. The API sets no cache hints and reports to nobody, so they change no answer.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      errorLogging(log),
    ],
    formatError: createFormatError({ production: config.production }),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  const playgroundDir = config.playgroundDir ?? defaultPlaygroundDir;
  const playgroundHtml = join(playgroundDir, 'index.html');
  // The playground loads nothing from the network: the policy tells the browser so, too.
  const playgroundPolicy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "worker-src 'self' blob:",
    "connect-src 'self'",
  ].join('; ');
  app.use('/playground', express.static(playgroundDir, { index: false, immutable: true, maxAge: '1y' }));
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') {
      next();
      return;
    }
    if (!existsSync(playgroundHtml)) {
      res
        .status(503)
        .type('text/plain')
        .send('调试台尚未构建,请运行 pnpm --filter @lianxi/api build / playground not built');
      return;
    }
    res.setHeader('Content-Security-Policy', playgroundPolicy);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(playgroundHtml);
  });

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => buildContext(req, res, services, config),
    }),
  );

  const adminDir = config.adminDistDir;
  if (adminDir && existsSync(join(adminDir, 'index.html'))) {
    app.use(express.static(adminDir, { index: false }));
    // SPA fallback: every other GET that wants HTML gets the client's index.html and its router decides.
    app.get(/^(?!\/graphql|\/playground|\/healthz).*/, (req, res, next) => {
      if (!req.accepts('text/html')) {
        next();
        return;
      }
      res.sendFile(join(adminDir, 'index.html'));
    });
  }

  app.use(jsonErrors(log));

  return {
    app,
    close: async () => {
      await apollo.stop();
    },
  };
}

function readToken(req: Request): string | null {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return match?.[1] ?? null;
  }
  const cookies = req.get('cookie');
  return cookies ? (parseCookies(cookies)[SESSION_COOKIE] ?? null) : null;
}

async function buildContext(
  req: Request,
  res: Response,
  services: ReturnType<typeof createServices>,
  config: ServerConfig,
): Promise<Context> {
  const requestId = randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const token = readToken(req);
  const session = token ? await services.auth.authenticate(token) : null;
  return {
    requestId,
    user: session?.user ?? null,
    sessionId: session?.sessionId ?? null,
    loaders: createLoaders(config.db),
    services,
    setSessionCookie(value, expiresAt) {
      // Secure when the request came over TLS; behind a proxy only if `trust proxy` says to believe it.
      const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
      if (value === null) res.clearCookie(SESSION_COOKIE, options);
      else res.cookie(SESSION_COOKIE, value, { ...options, ...(expiresAt ? { expires: expiresAt } : {}) });
    },
  };
}

/** Logs every unexpected error with its request id; the client sees only the id (see format-error.ts). */
function errorLogging(log: (line: string) => void): ApolloServerPlugin<Context> {
  const expected = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT']);
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const code = error.extensions.code;
            if (typeof code === 'string' && expected.has(code)) continue;
            if (!error.path) continue; // parse and validation errors are the client's, not ours
            const cause = error.originalError ?? error;
            log(`[${contextValue.requestId}] ${cause.stack ?? cause.message}`);
          }
          return Promise.resolve();
        },
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const errors = response.body.singleResult.errors;
          if (!errors) return Promise.resolve();
          response.body.singleResult.errors = errors.map((error) =>
            error.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } }
              : error,
          );
          return Promise.resolve();
        },
      });
    },
  };
}

/** Errors outside GraphQL (a body too large, malformed JSON) in GraphQL's JSON shape, never as HTML. */
function jsonErrors(log: (line: string) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = (error as { status?: unknown }).status;
    const type = (error as { type?: unknown }).type;
    if (status === 413 || type === 'entity.too.large') {
      res
        .status(413)
        .json({ errors: [{ message: '请求体过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      return;
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      res
        .status(status)
        .json({ errors: [{ message: '请求格式不正确', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    log(`unhandled: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    res
      .status(500)
      .json({ errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}
