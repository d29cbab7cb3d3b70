/**
 * Memoised department-name helpers of @lianxi/domain. A plan names the same departments again and again (every
 * clause, the duties, the joint meeting), and normalising a name (NFKC, several regular expressions, up to eight
 * rounds) was a tenth of the reading. The domain functions are pure, so a cache changes nothing but the time.
 * Each cache is bounded: it is emptied when full, and long strings are not kept.
 */
import {
  departmentKey,
  institutionKindOf,
  isCollectiveLocalGovernment,
  isRecognizedDepartmentName,
  normalizeDepartmentName,
  sectorsOf,
  splitPlacePrefix,
} from '@lianxi/domain';

const MAX_ENTRIES = 4096;
const MAX_KEY_LENGTH = 200;

function memoized<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined || cache.has(text)) return known as T;
    const value = compute(text);
    if (text.length <= MAX_KEY_LENGTH) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(text, value);
    }
    return value;
  };
}

/** normalizeDepartmentName, memoised. */
export const normalizeName: (raw: string) => string = memoized(normalizeDepartmentName);
/** isCollectiveLocalGovernment, memoised. */
export const isCollective: (name: string) => boolean = memoized(isCollectiveLocalGovernment);
/** isRecognizedDepartmentName, memoised. */
export const isRecognized: (name: string) => boolean = memoized(isRecognizedDepartmentName);
/** institutionKindOf, memoised. */
export const kindOf: (name: string) => ReturnType<typeof institutionKindOf> = memoized(institutionKindOf);
/** splitPlacePrefix, memoised (the parts are read, never changed). */
export const splitPlace: (name: string) => Readonly<ReturnType<typeof splitPlacePrefix>> = memoized((name) =>
  Object.freeze(splitPlacePrefix(name)),
);

const sectorsMemo = memoized(sectorsOf);
/** sectorsOf, memoised; a fresh array each time, since the caller keeps it in its result. */
export const sectorsOfName = (name: string): string[] => [...sectorsMemo(name)];

const keyMemo = memoized((joined: string) => {
  const [prefix, place, name] = JSON.parse(joined) as [string | null, string | null, string];
  return departmentKey(name, { prefix, name: place });
});
/** departmentKey in a jurisdiction's context (its own prefix and name), memoised per context and name. */
export function keyOf(name: string, context: { prefix: string | null; name: string | null }): string {
  return keyMemo(JSON.stringify([context.prefix, context.name, name]));
}
