import { base } from './base.js';

/**
 * For packages that hold only types and pure functions (packages/domain, packages/policy-parser):
 * no ORM, no GraphQL, no UI, no Node I/O.
 */
export const pure = [
  ...base,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['typeorm', 'typeorm/*', '@lianxi/db'], message: 'Pure packages hold no ORM code.' },
            { group: ['graphql', 'graphql/*', '@apollo/*'], message: 'Pure packages hold no GraphQL code.' },
            { group: ['react', 'react-dom', 'antd'], message: 'Pure packages hold no UI code.' },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'net', 'http'], message: 'Pure packages do no I/O.' },
          ],
        },
      ],
    },
  },
];

export default pure;
