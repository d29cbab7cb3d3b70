/**
 * Levers the bench can pull on the API, to measure in the same run what one design choice is worth.
 *
 * `graphql-js`: the API executes operations with graphql-js instead of compiling them with graphql-jit
 * (`ServerConfig.executor`), everything else unchanged — what the compiled executor gains in the server.
 *
 * Earlier levers, measured from outside before the API adopted them (see docs/benchmarks.md): reading only
 * the latest report per assignment, and Apollo's cache-control plugin disabled. Both are the API's own code
 * now, so they are no longer levers.
 */
export type Lever = 'graphql-js';

export const LEVERS: readonly Lever[] = ['graphql-js'];

export function parseLevers(text: string | undefined): Lever[] {
  const levers = (text ?? '').split(',').filter((lever) => lever !== '');
  for (const lever of levers) if (!LEVERS.includes(lever as Lever)) throw new Error(`unknown lever ${lever}`);
  return levers as Lever[];
}

/** The part of the API's ServerConfig the levers set. */
export function leverConfig(levers: readonly Lever[]): { executor?: 'graphql-jit' | 'graphql-js' } {
  return levers.includes('graphql-js') ? { executor: 'graphql-js' } : {};
}
