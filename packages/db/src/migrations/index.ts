import { Initial1795356125229 } from './1795356125229-initial.js';

/** Every migration, oldest first. A new one is added here too (see README.md). */
export const migrations = [Initial1795356125229];
