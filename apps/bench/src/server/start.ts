import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  base: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** `dist`: apps/api/dist (as production runs it); `source`: its TypeScript sources. */
  apiFrom: 'dist' | 'source';
  /** The child's environment (NODE_ENV=production, from env.ts). */
  env: Record<string, string | undefined>;
}

/** Starts the server under test (`serve.ts`) in a child process; resolves once it listens. */
export function startServer(args: string[], options: StartOptions): Promise<RunningServer> {
  const serve = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const nodeArgs = [
    '--import',
    'tsx',
    ...(options.apiFrom === 'source' ? ['--conditions=@lianxi/source'] : []),
    serve,
    ...args,
    '--api',
    options.apiFrom,
  ];
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: options.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('the server did not start within 120 s'));
    }, 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)}`));
    });
    if (!child.stdout) throw new Error('no stdout');
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (!match) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        base: `http://127.0.0.1:${match[1] ?? ''}`,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => {
              done();
            });
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      });
    });
  });
}
