import { badInput } from '../errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` has the form of an id (a UUID). */
export const isId = (id: string) => UUID.test(id);

/**
 * An id argument checked before it reaches SQL: ids are UUIDs, and one that is not is the caller's mistake
 * (BAD_USER_INPUT naming the argument), not a database error to map afterwards on each engine.
 */
export function requireId(id: string, field: string): string {
  if (!isId(id)) throw badInput('标识格式不正确', field);
  return id;
}
