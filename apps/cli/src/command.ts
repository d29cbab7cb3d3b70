import type { Command } from 'commander';

/** The CLI's exit codes: a contract for scripts. */
export const ExitCode = {
  Ok: 0,
  /** The input (a file, a name, a value) was wrong; the message is on stderr. */
  BadInput: 1,
  /** The command line itself was wrong. */
  Usage: 2,
} as const;

/** One command of `pnpm cli`: it adds itself to the program. */
export interface CommandModule {
  register(program: Command): void;
}

/** An expected failure (bad file, unknown name): main prints the message to stderr and exits with 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
