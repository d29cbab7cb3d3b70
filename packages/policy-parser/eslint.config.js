export { default } from '@lianxi/eslint-config/pure';
