import type { GraphQLFormattedError } from 'graphql';

/** Codes whose message is meant for the client and passes through unchanged. */
const CLIENT_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * graphql-armor's rejections, recognised by the messages its plugins write (with `exposeLimits`, their
 * default), each given a Chinese message and a stable code of its own instead of a generic validation error.
 */
const LIMITS: readonly {
  pattern: RegExp;
  code: string;
  message: (limit: string, found?: string) => string;
}[] = [
  {
    pattern: /Query depth limit of (\d+) exceeded(?:, found (\d+))?/,
    code: 'QUERY_TOO_DEEP',
    message: (limit, found) =>
      `查询嵌套过深:最多 ${limit} 层${found ? `,本查询 ${found} 层` : ''},请拆分查询`,
  },
  {
    pattern: /Aliases limit of (\d+) exceeded(?:, found (\d+))?/,
    code: 'TOO_MANY_ALIASES',
    message: (limit, found) => `别名过多:最多 ${limit} 个${found ? `,本查询 ${found} 个` : ''}`,
  },
  {
    pattern: /Query Cost limit of (\d+) exceeded(?:, found (\d+))?/,
    code: 'QUERY_TOO_EXPENSIVE',
    message: (limit, found) =>
      `查询代价过高:上限 ${limit}${found ? `,本查询 ${found}` : ''},请减少字段或分页读取`,
  },
  {
    pattern: /(?:Token limit of (\d+) exceeded|Document contains more th(?:an|at) (\d+) tokens)/,
    code: 'TOO_MANY_TOKENS',
    message: (limit) => `查询过长:最多 ${limit} 个词法单元`,
  },
  {
    pattern: /Directives limit of (\d+) exceeded(?:, found (\d+))?/,
    code: 'TOO_MANY_DIRECTIVES',
    message: (limit, found) => `指令过多:最多 ${limit} 个${found ? `,本查询 ${found} 个` : ''}`,
  },
];

function limitRejection(message: string): { code: string; message: string } | null {
  for (const limit of LIMITS) {
    const match = limit.pattern.exec(message);
    if (!match) continue;
    // The token limit has two wordings (armor's, graphql-js's): the number is in whichever group matched.
    const [bound, found] = limit.code === 'TOO_MANY_TOKENS' ? [match[1] ?? match[2]] : [match[1], match[2]];
    if (bound !== undefined) return { code: limit.code, message: limit.message(bound, found) };
  }
  return null;
}

/**
 * The one place errors leave the server. Expected codes pass through (without stack traces in production);
 * everything else became an internal error: it was logged with the request id by the logging plugin, and the
 * client gets only that id.
 */
export function createFormatError(options: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const rejected = rejectedInput(error);
    if (rejected) {
      formatted = { ...formatted, message: rejected.message, extensions: { code: rejected.code } };
    }
    const limit = limitRejection(formatted.message);
    if (limit) {
      const { locations } = formatted;
      return {
        message: limit.message,
        ...(locations ? { locations } : {}),
        extensions: { code: limit.code },
      };
    }
    const code =
      typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (CLIENT_CODES.has(code)) {
      if (!options.production) return formatted;
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
    }
    const requestId = formatted.extensions?.requestId;
    return {
      message: '服务器内部错误,请稍后重试;如仍出错请把请求编号告知管理员',
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(typeof requestId === 'string' ? { requestId } : {}) },
    };
  };
}

/**
 * graphql-js's validation hints ("Did you mean "department"?") tell a prober the schema's field and type names
 * even with introspection off; production drops them, as graphql-armor's blockFieldSuggestion would.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .*\?$/s, '');
}

/**
 * Input PostgreSQL itself refuses is the client's mistake, not an internal error: an id that is not a UUID
 * (SQLSTATE 22P02) is simply not found — the same answer as a missing or foreign id — and text with a NUL
 * character (22021), which PostgreSQL cannot store, is bad input. Found by the reliability suite's fuzzing.
 */
function rejectedInput(error: unknown): { code: 'NOT_FOUND' | 'BAD_USER_INPUT'; message: string } | null {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  const driverError = (original as { driverError?: { code?: unknown } } | null)?.driverError;
  const state = driverError?.code ?? (original as { code?: unknown } | null)?.code;
  const text = original instanceof Error ? original.message : '';
  if (state === '22P02' && text.includes('type uuid'))
    return { code: 'NOT_FOUND', message: '对象不存在或无权访问' };
  if (state === '22021')
    return { code: 'BAD_USER_INPUT', message: '文本含有无法保存的字符(如 NUL),请删除后重试' };
  return null;
}
