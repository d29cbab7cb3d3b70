/**
 * Two answers are the same when their JSON is, after sorting object keys, and after sorting the arrays
 * whose order the API leaves undefined (a task's `assignments`, read by DataLoader without ORDER BY) by id.
 */
const UNORDERED = new Set(['assignments']);

export function normalize(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize(item));
    if (UNORDERED.has(key)) {
      items.sort((a, b) => idOf(a).localeCompare(idOf(b)));
    }
    return items;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalize(v, k)]));
  }
  return value;
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value).slice(0, 120);
}

function idOf(value: unknown): string {
  return value !== null && typeof value === 'object' && 'id' in value ? String(value.id) : JSON.stringify(value);
}

/** The first path where two normalised answers differ, or null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return `${path}: ${show(a)} ≠ ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return `${path}: ${String(ka.length)} vs ${String(kb.length)} entries`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}
