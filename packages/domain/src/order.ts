/**
 * Code-unit order for strings, for tie-breaks that must come out the same on every machine (never
 * `localeCompare`, whose result depends on the ICU data of the runtime).
 */
export function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
