import base from '@lianxi/eslint-config/base';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base,
  { ignores: ['src/graphql/generated/**', 'scripts/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // The e2e harness starts processes and reads their configuration from the environment.
    files: ['e2e/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
];
