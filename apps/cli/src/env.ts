import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CliError } from './command.js';

/** The repository's root, from this file's place (src/ or dist/ of apps/cli). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The five seed plans `start` and `seed` import. */
export const SEEDS_DIR = resolve(ROOT, 'data/seeds');

const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const schema = z.object({
  /** The embedded database's directory (default `.data/` at the repository root); `memory://` keeps nothing. */
  DATA_DIR: z.preprocess(blankAsUnset, z.string().trim().optional()),
  /** A PostgreSQL server instead of the embedded database: `postgres://user:password@host:5432/name`. */
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\/\S+$/, '须为 postgres://用户:密码@主机:端口/数据库 形式')
      .optional(),
  ),
  /** Where a relative DATA_DIR starts: pnpm sets INIT_CWD to the directory the command was typed in. */
  INIT_CWD: z.string().optional(),
});

export interface CliEnv {
  dataDir: string;
  databaseUrl: string | undefined;
  /** The directory the command was typed in: relative paths (a file to import) start there. */
  cwd: string;
}

/** The CLI's configuration, read once per command from the environment; a bad value is a readable error. */
export function readEnv(source: Record<string, string | undefined> = process.env): CliEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}：${issue.message}`);
    throw new CliError(`环境变量有误 / invalid environment:\n${problems.join('\n')}`);
  }
  const { DATA_DIR, DATABASE_URL, INIT_CWD } = parsed.data;
  const cwd = INIT_CWD ?? process.cwd();
  const dataDir =
    DATA_DIR === undefined
      ? resolve(ROOT, '.data')
      : DATA_DIR.startsWith('memory://') || isAbsolute(DATA_DIR)
        ? DATA_DIR
        : resolve(cwd, DATA_DIR);
  return { dataDir, databaseUrl: DATABASE_URL, cwd };
}
