/**
 * The shared domain logic the client uses, in one place. Only pure functions from @lianxi/domain
 * (labels, validation, path order), so the bundle carries no server code.
 */
export {
  comparePaths,
  lightLabel,
  pathKey,
  progressStatusLabel,
  roleLabel,
  taskLight,
  validateProgressInput,
  type ProgressProblem,
} from '@lianxi/domain';
