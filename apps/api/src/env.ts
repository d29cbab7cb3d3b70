import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value)));

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A directory setting: a relative path is taken from the repository root, whatever the working directory. */
const directory = (fallback: string) =>
  z
    .string()
    .min(1)
    .default(fallback)
    .transform((value) => resolve(repoRoot, value));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** PostgreSQL connection string; without it the embedded database lives in DATA_DIR. */
  DATABASE_URL: z.url().optional(),
  DATA_DIR: directory('.data'),
  /** Password of the first admin; without it a random one is printed once. */
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD 至少 8 个字符').optional(),
  /** On the first start, import the seed plans from data/seeds and create demo users. */
  SEED_DEMO: flag(true),
  SEEDS_DIR: directory('data/seeds'),
  INTROSPECTION: flag(true),
  /** Trust X-Forwarded-* from this many proxies (Express `trust proxy`); 0 trusts none. */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'BODY_LIMIT 形如 5mb')
    .default('5mb'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(24 * 7),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** The admin client's build, served at `/` with SPA fallback when it exists. */
  ADMIN_DIST_DIR: directory('apps/admin/dist'),
});

export type Env = z.infer<typeof EnvSchema>;

/** Parses the environment once at start; a bad value prints a readable report and exits. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  process.stderr.write(`配置错误 / invalid configuration:\n${z.prettifyError(parsed.error)}\n`);
  process.exit(1);
}
