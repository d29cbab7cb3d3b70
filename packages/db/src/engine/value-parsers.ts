/**
 * Both engines return the same JavaScript values: a `date` stays the `YYYY-MM-DD` string the domain uses
 * (pg and PGlite would both make a Date of it, at different time zones), `bigint` (count(*)) and `numeric`
 * (indicator values) become numbers. Instants (`timestamptz`) are Dates on both.
 *
 * Named, not functions, so the table can travel to the PGlite worker thread (functions cannot be cloned);
 * `pglite-worker.js` maps each name to the same function as `PARSE` here.
 */
export type ValueParser = 'number' | 'text';

const OID = { INT8: 20, DATE: 1082, NUMERIC: 1700 } as const;

export const VALUE_PARSERS: Readonly<Record<number, ValueParser>> = {
  [OID.INT8]: 'number',
  [OID.DATE]: 'text',
  [OID.NUMERIC]: 'number',
};

export const PARSE: Readonly<Record<ValueParser, (value: string) => unknown>> = {
  number: Number,
  text: (value) => value,
};
