import fc from 'fast-check';
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Strings a form would never send: controls, NUL, lone surrogates, RTL marks, 全角, SQL and HTML. */
export const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\uD800',
    '\u202Eevil',
    "'; DROP TABLE progress_report; --",
    '<script>alert(1)</script>',
    '𠀀𠀁'.repeat(50),
    '（责任单位：市卫健局、',
    'x'.repeat(10_000),
    '2025-13-45',
    '9999-12-31T23:59:59Z',
    'NaN',
    '-1',
  ),
);

export const hostileInt = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31 - 1, -(2 ** 31)),
);

/**
 * Values of a GraphQL input type, typed right (so they pass GraphQL's own validation most of the time) but
 * with hostile contents; `ids` are ids that exist, mixed with random and malformed ones.
 */
export function inputArbitrary(
  schema: GraphQLSchema,
  type: GraphQLInputType,
  ids: readonly string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArbitrary(schema, type.ofType, ids, depth);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 6, arbitrary });
  if (isListType(type)) {
    return nullable(fc.array(inputArbitrary(schema, type.ofType, ids, depth + 1), { maxLength: depth > 2 ? 0 : 4 }));
  }
  const named = getNamedType(type);
  if (isEnumType(named)) {
    return nullable(fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...named.getValues().map((value) => value.name)) }, { weight: 1, arbitrary: hostileString }));
  }
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) {
      record[field.name] = depth > 3 ? fc.constant(null) : inputArbitrary(schema, field.type, ids, depth + 1);
    }
    return nullable(fc.record(record));
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID':
        return nullable(
          fc.oneof(
            ...(ids.length > 0 ? [{ weight: 4, arbitrary: fc.constantFrom(...ids) }] : []),
            { weight: 2, arbitrary: fc.uuid() },
            { weight: 1, arbitrary: hostileString },
          ),
        );
      case 'Int':
        return nullable(hostileInt);
      case 'Float':
        return nullable(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hostileInt));
      case 'Boolean':
        return nullable(fc.boolean());
      case 'Date':
        return nullable(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)), hostileString));
      case 'DateTime':
        return nullable(fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), hostileString));
      default:
        return nullable(hostileString);
    }
  }
  return fc.constant(null);
}
