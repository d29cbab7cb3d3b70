import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { exampleTabs } from '../playground/examples.js';

const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));

describe('playground examples', () => {
  it.each(exampleTabs.map((tab, i) => [i + 1, tab] as const))(
    'tab %i is valid against the schema',
    (_n, tab) => {
      expect(validate(schema, parse(tab.query)).map((error) => error.message)).toEqual([]);
      const { variables } = tab;
    if (variables !== undefined) expect(() => JSON.parse(variables) as unknown).not.toThrow();
    },
  );
});
