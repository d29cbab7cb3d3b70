import type { ChildProcess } from 'node:child_process';
import { onLines, spawnScript } from './child.js';

export interface ApiProcess {
  url: string;
  world: Record<string, unknown> | null;
  /** Resident set sizes (bytes) the process reported, one per second. */
  rss: number[];
  heap: number[];
  stop(): Promise<void>;
}

/** Starts scripts/api-process.ts and waits until it listens. */
export function startApiProcess(target: string, setup: 'world' | 'none'): Promise<ApiProcess> {
  return new Promise((resolve, reject) => {
    const child = spawnScript('scripts/api-process.ts', [target, setup]);
    const rss: number[] = [];
    const heap: number[] = [];
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const early = (code: number | null) => {
      reject(new Error(`API process ended (${String(code)}) before listening:\n${stderr}`));
    };
    child.once('exit', early);
    onLines(child, (line) => {
      if (line.startsWith('MEM ')) {
        const [, r, h] = line.split(' ');
        rss.push(Number(r));
        heap.push(Number(h));
      }
      if (line.startsWith('LISTENING ')) {
        child.off('exit', early);
        // A process that dies under load turns every later request into an error: say why, once.
        child.once('exit', (code, signal) => {
          if (signal !== 'SIGTERM' && signal !== 'SIGKILL' && code !== 0) {
            console.error(`API process ended (${String(code ?? signal)}) during the test:\n${stderr.slice(-4000)}`);
          }
        });
        const [, port, ...world] = line.split(' ');
        resolve({
          url: `http://127.0.0.1:${port ?? ''}/graphql`,
          world: JSON.parse(world.join(' ')) as Record<string, unknown> | null,
          rss,
          heap,
          stop: () => stop(child),
        });
      }
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs scripts/load.ts with a config and returns its RESULT line. */
export function runLoad<T>(config: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawnScript('scripts/load.ts', [JSON.stringify(config)]);
    let result: T | undefined;
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    onLines(child, (line) => {
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice('RESULT '.length)) as T;
    });
    child.on('exit', (code) => {
      if (stderr) process.stderr.write(`load process said:\n${stderr.slice(0, 3_000)}\n`);
      if (result) resolve(result);
      else reject(new Error(`load process ended (${String(code)}) without a result:\n${stderr}`));
    });
  });
}
