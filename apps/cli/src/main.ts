#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CliError, type CommandModule, ExitCode } from './command.js';
import { backupCommand } from './commands/backup.js';
import { importCommand } from './commands/import.js';
import { parseCommand } from './commands/parse.js';
import { restoreCommand } from './commands/restore.js';
import { seedCommand } from './commands/seed.js';
import { startCommand } from './commands/start.js';
import { userCommand } from './commands/user.js';

/**
 * `pnpm cli <command>` — every command lives in `src/commands/<name>.ts` and is listed here once.
 * Exit codes are a contract: 0 success, 1 bad input (message on stderr), 2 usage.
 */
const commands: CommandModule[] = [startCommand, importCommand, parseCommand, seedCommand, userCommand, backupCommand, restoreCommand];

export async function run(argv: string[]): Promise<number> {
  const program = new Command('lianxi')
    .description(
      '联席 Lianxi — 政策文件解析、责任矩阵与进展填报 / policy reader, responsibility matrix, progress',
    )
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  for (const command of commands) command.register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      return ExitCode.BadInput;
    }
    if (error instanceof CommanderError) {
      // --help and --version end through here with code 0; every other parse failure is a usage error.
      return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    throw error;
  }
}

/** True when this file is the program (node, tsx, the `lianxi` bin), false when a test imports `run`. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = ExitCode.BadInput;
    },
  );
}
