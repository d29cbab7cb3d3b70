import { badInput } from '../errors.js';

export const MAX_PAGE = 100;

/** Opaque offset cursors: base64url of `o:<index>`. */
export const cursorOf = (index: number) => Buffer.from(`o:${index}`).toString('base64url');

function offsetAfter(after: string | null | undefined): number {
  if (after == null) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!match) throw badInput('分页游标无效', 'after');
  return Number(match[1]) + 1;
}

/** A Relay connection over an in-memory list already filtered and ordered. */
export function connection<T>(
  items: readonly T[],
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const size = first ?? 20;
  if (size < 0 || size > MAX_PAGE) throw badInput(`每页条数应在 0 到 ${MAX_PAGE} 之间`, 'first');
  const start = offsetAfter(after);
  const page = items.slice(start, start + size);
  const edges = page.map((node, i) => ({ cursor: cursorOf(start + i), node }));
  return {
    edges,
    nodes: page,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Checks a page size and returns it (default 20). */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE) {
    throw badInput(`每页条数应在 0 到 ${MAX_PAGE} 之间`, 'first');
  }
  return size;
}

/** A keyset cursor: the sort key of a row, as base64url JSON. */
export const keysetCursor = (key: readonly (string | number)[]) =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** The sort key of `after`, checked against the kinds of its parts; a cursor that is not one is bad input. */
export function keysetAfter(
  after: string | null | undefined,
  kinds: readonly ('string' | 'number')[],
): (string | number)[] | null {
  if (after == null) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === kinds.length &&
      key.every((part, i) => typeof part === kinds[i])
    ) {
      return key as (string | number)[];
    }
  } catch {
    // bad input, below
  }
  throw badInput('分页游标无效,请从第一页重新加载', 'after');
}

/** A Relay connection of one keyset page: `rows` holds up to `size + 1` rows (the extra one says there is more). */
export function keysetConnection<T>(
  rows: readonly T[],
  size: number,
  totalCount: number,
  hasPrevious: boolean,
  keyOf: (row: T) => readonly (string | number)[],
) {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: keysetCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: page,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
