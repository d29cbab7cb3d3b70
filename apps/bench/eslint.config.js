export { default } from '@lianxi/eslint-config/base';
