import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The strict, type-aware base every package extends:
 *   export default [...base];
 * `process.env` is read in exactly one file per app (`env.ts`, parsed with zod).
 */
export const base = tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/generated/**', '**/*.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in env.ts only and pass it on.' },
      ],
    },
  },
  {
    files: ['**/env.ts', '**/*.test.ts', '**/test/**', '**/vitest.config.ts', '**/bench/**', '**/scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);

export default base;
