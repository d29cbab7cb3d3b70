/**
 * The error codes every app shares. The API maps them to GraphQL `extensions.code` in one exhaustive
 * switch; the admin client shows `message`, which is Chinese and safe to show. Expected failures of a
 * mutation are returned as data, not thrown; these are for the rest (a missing record, a forbidden action,
 * a stale version).
 */

export type DomainErrorCode = 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT' | 'UNAUTHENTICATED';

const DEFAULT_MESSAGES: Readonly<Record<DomainErrorCode, string>> = {
  NOT_FOUND: '未找到相关记录',
  FORBIDDEN: '没有执行此操作的权限',
  CONFLICT: '数据已被他人修改，请刷新后重试',
  BAD_USER_INPUT: '输入内容有误，请检查后重新提交',
  UNAUTHENTICATED: '请先登录',
};

export const DOMAIN_ERROR_CODES = Object.keys(DEFAULT_MESSAGES) as readonly DomainErrorCode[];

/** The standard Chinese message of a code. */
export function domainErrorMessage(code: DomainErrorCode): string {
  return DEFAULT_MESSAGES[code];
}

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    /** Chinese, shown to the user; defaults to the code's standard message. */
    message: string = DEFAULT_MESSAGES[code],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
