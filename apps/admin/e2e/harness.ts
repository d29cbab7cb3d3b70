import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const adminDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = resolve(adminDir, '../..');
export const screenshotsDir = join(repoRoot, 'docs/screenshots');
export const ADMIN_PASSWORD = 'e2e-admin-password';
export const DEMO_PASSWORD = 'lianxi-demo';

export interface Api {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Starts the real API (apps/api via tsx, reading workspace sources) on a fresh PGlite directory; on its first
 * start it imports the five seed plans and creates the demo users. It serves apps/admin/dist at `/`, which
 * `pnpm build` must have written: the harness builds nothing.
 */
export async function startApi(): Promise<Api> {
  if (!existsSync(join(adminDir, 'dist/index.html'))) throw new Error('apps/admin/dist is missing: run `pnpm build` first');
  const dataDir = mkdtempSync(join(tmpdir(), 'lianxi-e2e-'));
  const port = 4300 + Math.floor(Math.random() * 500);
  const apiDir = join(repoRoot, 'apps/api');
  const child: ChildProcess = spawn(
    process.execPath,
    [join(apiDir, 'node_modules/tsx/dist/cli.mjs'), '--conditions=@lianxi/source', 'src/index.ts'],
    {
      cwd: apiDir,
      env: {
        ...withoutDatabaseUrl(process.env),
        NODE_ENV: 'production',
        PORT: String(port),
        DATA_DIR: dataDir,
        ADMIN_PASSWORD,
        SEED_DEMO: 'true',
        ADMIN_DIST_DIR: join(adminDir, 'dist'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 200_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health }' }),
      });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The e2e database is always a fresh PGlite directory, never a PostgreSQL the shell happens to point at. */
function withoutDatabaseUrl(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.DATABASE_URL;
  return copy;
}

export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/** Logs in over GraphQL and answers the session token (for tools that take a cookie header, like Lighthouse). */
export async function apiLogin(baseUrl: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }',
      variables: { u: username, p: password },
    }),
  });
  const body = (await response.json()) as { data?: { login?: { token?: string | null } } };
  const token = body.data?.login?.token;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(body)}`);
  return token;
}

export async function login(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('button', { name: '退出登录' }).waitFor();
}

/** axe-core on the page as it is: the serious and critical violations (must be none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: join(screenshotsDir, `${name}.png`), fullPage: false });
}
