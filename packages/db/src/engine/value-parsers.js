// @ts-check
/**
 * Both engines return the same JavaScript values: a `date` stays the `YYYY-MM-DD` string the domain uses
 * (pg and PGlite would both make a Date of it, at different time zones), `bigint` (count(*)) and `numeric`
 * (indicator values) become numbers. Instants (`timestamptz`) are Dates on both.
 *
 * Plain JavaScript (checked by tsc through JSDoc) because the PGlite worker thread imports it too, and a
 * worker loads its modules with Node's own loader: no TypeScript transform under Vitest or tsx.
 */
export const OID = Object.freeze({ INT8: 20, DATE: 1082, NUMERIC: 1700 });

/** @type {Record<number, (value: string) => unknown>} */
export const parsers = {
  [OID.INT8]: Number,
  [OID.DATE]: (value) => value,
  [OID.NUMERIC]: Number,
};
