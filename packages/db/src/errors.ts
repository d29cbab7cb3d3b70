import { DomainError, type DomainErrorCode } from '@lianxi/domain';

/** The expected failures of the data-access layer; the API maps each code to its error payload. */
export type DbErrorCode = Extract<DomainErrorCode, 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT'>;

/**
 * A DomainError (so the API's one mapping of codes covers it) raised by the data-access layer. `message` is
 * Chinese and safe to show; `details` carries what a client needs to recover, e.g. the latest report id
 * after a CONFLICT.
 */
export class DbError extends DomainError {
  constructor(
    override readonly code: DbErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
  }
}

export function isDbError(error: unknown, code?: DbErrorCode): error is DbError {
  return error instanceof DbError && (code === undefined || error.code === code);
}

/** PostgreSQL's SQLSTATE of a failed statement (TypeORM wraps the driver's error in `driverError`). */
export function sqlState(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { code?: unknown } } | null)?.driverError;
  const code = driverError?.code ?? (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The name of the constraint a failed statement violated, e.g. `uq_department_jurisdiction_name`. */
export function violatedConstraint(error: unknown): string | undefined {
  const driverError = (error as { driverError?: { constraint?: unknown } } | null)?.driverError;
  return typeof driverError?.constraint === 'string' ? driverError.constraint : undefined;
}

export const SQLSTATE = {
  UNIQUE_VIOLATION: '23505',
  FOREIGN_KEY_VIOLATION: '23503',
  CHECK_VIOLATION: '23514',
  INVALID_TEXT_REPRESENTATION: '22P02',
} as const;
