import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The playground test serves dist/playground: build it once before the suite when it is missing, so the
 * tests never depend on a manual `pnpm build` (a present build is reused; `pnpm build` refreshes it).
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${root}dist/playground/index.html`)) return;
  execFileSync(
    'pnpm',
    ['exec', 'vite', 'build', '--config', 'playground/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}
