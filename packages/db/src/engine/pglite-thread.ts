import { mkdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type {
  SerializedError,
  SyncStats,
  ThreadQueryOptions,
  ThreadResult,
  WorkerReply,
  WorkerRequest,
} from './pglite-protocol.js';
import { VALUE_PARSERS } from './value-parsers.js';

export type { SyncStats, ThreadQueryOptions, ThreadResult } from './pglite-protocol.js';

export interface PGliteThreadOptions {
  /** A directory (created if missing), or `memory://` for an in-memory database. */
  dataDir: string;
  /**
   * Acknowledge a statement only once its WAL is on disk, and let PostgreSQL's own fsyncs (checkpoints,
   * crash recovery) reach the disk (`nodefs-sync.js`). Default true; meaningless in memory.
   */
  durable?: boolean;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

// Not `new Worker(new URL(…))` in one expression: bundlers (Vite) rewrite that pattern.
const WORKER_ENTRY = new URL('./pglite-worker.js', import.meta.url);

/**
 * One PGlite instance in its own `node:worker_threads` Worker. PGlite executes PostgreSQL (WebAssembly)
 * synchronously on the thread that calls it: on the API's thread a 100 ms query stops HTTP, timers and every
 * other request for 100 ms. Here the caller only posts `{ id, sql, params }` and awaits the reply; rows cross
 * by structured clone (Dates, parsed jsonb and Blobs survive it). Errors come back as Errors with PostgreSQL's
 * fields (`code`, `detail`, `constraint` …), so SQLSTATE handling is the same as with `pg`.
 *
 * The worker does not keep the process alive while idle (it is unref'd between requests), so a forgotten
 * `close()` never hangs a test run; `close()` shuts PostgreSQL down cleanly and ends the thread.
 */
export class PGliteThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: Error | null = null;
  private closing: Promise<void> | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: WorkerReply) => {
      this.settle(reply);
    });
    worker.on('error', (error) => {
      this.stop(new Error(`PGlite worker failed: ${error.message}`, { cause: error }));
    });
    worker.on('exit', (code) => {
      this.stop(new Error(`PGlite worker exited (code ${String(code)})`));
    });
  }

  /** Starts the worker and opens PGlite in it (initdb for a new directory, crash recovery when needed). */
  static async open(options: PGliteThreadOptions): Promise<PGliteThread> {
    if (!options.dataDir.startsWith('memory://')) mkdirSync(options.dataDir, { recursive: true });
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { dataDir: options.dataDir, durable: options.durable ?? true, parsers: VALUE_PARSERS },
      // The worker needs no loader or condition of the parent's (tsx, --conditions): it imports only PGlite
      // and plain JavaScript beside it.
      execArgv: [],
    });
    const thread = new PGliteThread(worker);
    try {
      await new Promise((resolve, reject) => {
        thread.pending.set(0, { resolve, reject });
      });
    } catch (error) {
      await worker.terminate();
      throw error;
    }
    worker.unref();
    return thread;
  }

  get closed(): boolean {
    return this.stopped !== null;
  }

  /** One statement with the extended protocol (`$1` parameters). */
  query(sql: string, params: unknown[] = [], options: ThreadQueryOptions = {}): Promise<ThreadResult> {
    return this.request<ThreadResult>({ op: 'query', sql, params, options });
  }

  /** The simple protocol: one or more statements without parameters; resolves to the last one's result. */
  exec(sql: string): Promise<ThreadResult> {
    return this.request<ThreadResult>({ op: 'exec', sql });
  }

  /** How often the worker synced the data directory (tests and measurements). */
  syncStats(): Promise<SyncStats> {
    return this.request<SyncStats>({ op: 'stats' });
  }

  /** Closes PostgreSQL (a shutdown checkpoint) and ends the worker. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.stopped) return;
      try {
        await this.request<null>({ op: 'close' });
      } finally {
        this.stop(new Error('PGlite is closed'));
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }

  private request<T>(message: DistributiveOmit<WorkerRequest, 'id'>): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    const reply = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    });
    // Keep the process alive only while an answer is awaited.
    if (this.pending.size === 1) this.worker.ref();
    this.worker.postMessage({ ...message, id });
    return reply;
  }

  private settle(reply: WorkerReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0 && !this.stopped) this.worker.unref();
    if ('error' in reply) waiting.reject(revive(reply.error));
    else waiting.resolve(reply.result);
  }

  private stop(reason: Error): void {
    this.stopped ??= reason;
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The worker's error as an Error of this thread, with PostgreSQL's fields as own properties (like pg's). */
function revive(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  Object.assign(error, serialized.fields);
  error.name = serialized.name;
  if (serialized.stack) error.stack = `${serialized.stack}\n    at (PGlite worker thread)`;
  return error;
}
