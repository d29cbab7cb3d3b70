import { GraphQLError } from 'graphql';

/** Codes of errors that are GraphQLErrors (auth, missing, conflict) rather than data in a payload. */
export type ApiErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT';

const DEFAULT_MESSAGES: Record<ApiErrorCode, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '对象不存在',
  BAD_USER_INPUT: '输入不合法',
  CONFLICT: '数据已被他人修改,请刷新后重试',
};

export function apiError(
  code: ApiErrorCode,
  message = DEFAULT_MESSAGES[code],
  extra: Record<string, unknown> = {},
) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = () => apiError('UNAUTHENTICATED');
export const forbidden = (message?: string) => apiError('FORBIDDEN', message);
export const notFound = (what = '对象') => apiError('NOT_FOUND', `${what}不存在或无权访问`);
export const conflict = (message?: string, extra?: Record<string, unknown>) =>
  apiError('CONFLICT', message, extra);
export const badInput = (message: string, field?: string) =>
  apiError('BAD_USER_INPUT', message, field === undefined ? {} : { field });

/** An expected failure returned as data in a payload's `errors`. */
export interface UserErrorData {
  code:
    | 'INVALID_INPUT'
    | 'INVALID_CREDENTIALS'
    | 'RATE_LIMITED'
    | 'NAME_TAKEN'
    | 'ARCHIVED'
    | 'UNPARSABLE_DOCUMENT'
    | 'ALREADY_EXISTS';
  message: string;
  field: string | null;
}

export const userError = (
  code: UserErrorData['code'],
  message: string,
  field: string | null = null,
): UserErrorData => ({
  code,
  message,
  field,
});
