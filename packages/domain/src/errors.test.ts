import { describe, expect, it } from 'vitest';
import { DOMAIN_ERROR_CODES, DomainError, domainErrorMessage, isDomainError } from './errors.js';

describe('DomainError', () => {
  it('carries a code and a Chinese message', () => {
    const error = new DomainError('NOT_FOUND');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('未找到相关记录');
  });

  it('takes a specific message and a cause', () => {
    const cause = new Error('version 3 expected, 4 found');
    const error = new DomainError('CONFLICT', '该部门已被他人修改，请刷新后重试', { cause });
    expect(error.message).toBe('该部门已被他人修改，请刷新后重试');
    expect(error.cause).toBe(cause);
  });

  it('has a default message for every code', () => {
    expect([...DOMAIN_ERROR_CODES].sort()).toEqual([
      'BAD_USER_INPUT',
      'CONFLICT',
      'FORBIDDEN',
      'NOT_FOUND',
      'UNAUTHENTICATED',
    ]);
    for (const code of DOMAIN_ERROR_CODES) expect(domainErrorMessage(code)).toMatch(/[\u4e00-\u9fff]/);
  });

  it('is recognised by isDomainError', () => {
    expect(isDomainError(new DomainError('FORBIDDEN'))).toBe(true);
    expect(isDomainError(new Error('boom'))).toBe(false);
    expect(isDomainError({ code: 'FORBIDDEN' })).toBe(false);
  });
});
