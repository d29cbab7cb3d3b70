import base from '@lianxi/eslint-config/base';

export default [
  ...base,
  // Tests index into fixtures they just built; a missing row fails the test either way.
  { files: ['test/**', 'scripts/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
];
