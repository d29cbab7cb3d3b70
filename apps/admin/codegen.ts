import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the API's merged SDL. Operations live beside their feature
 * (src/features/<feature>/graphql/*.ts). An operation `query DepartmentTasks` gives the result type
 * `DepartmentTasksQuery` (the client preset adds the suffix and has no option to dedupe it), and the
 * feature exports its document under that same name.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/features/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
