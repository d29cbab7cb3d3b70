import type { ValueParser } from './value-parsers.js';

/**
 * The messages between `PGliteThread` (the caller's thread) and `pglite-worker.js` (the worker that owns the
 * PGlite instance). Everything here crosses by structured clone: plain objects, Dates, typed arrays, Blobs.
 */

export interface WorkerOptions {
  /** A directory, or `memory://` for an in-memory database. */
  dataDir: string;
  /** How to parse values of these type OIDs (value-parsers.ts). */
  parsers: Readonly<Record<number, ValueParser>>;
  /** Make every acknowledged statement durable on disk (see nodefs-sync.js); ignored in memory. */
  durable: boolean;
}

/** What PGlite's `query` options can carry across threads (functions such as parsers cannot). */
export interface ThreadQueryOptions {
  rowMode?: 'object' | 'array';
  /** The file `COPY … FROM '/dev/blob'` reads. */
  blob?: Blob;
}

export type WorkerRequest =
  | { id: number; op: 'query'; sql: string; params: unknown[]; options: ThreadQueryOptions }
  /** The simple protocol: several statements in one string, no parameters; answers the last one's result. */
  | { id: number; op: 'exec'; sql: string }
  | { id: number; op: 'stats' }
  | { id: number; op: 'close' };

export interface ThreadResult {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  /** Rows changed by INSERT, UPDATE, DELETE, COPY (0 for a SELECT). */
  affectedRows: number;
  /** The file `COPY … TO '/dev/blob'` wrote. */
  blob?: Blob;
}

/** How often the worker made the data directory durable (all 0 in memory or without `durable`). */
export interface SyncStats {
  /** fdatasync of a WAL segment: after a statement that wrote WAL, before a data write, before a close. */
  walSyncs: number;
  /** fsync of a data file or pg_control, each one PostgreSQL asked for (checkpoints, initdb, recovery). */
  fileSyncs: number;
  /** fsync of a directory after PostgreSQL created, renamed or removed an entry in it. */
  directorySyncs: number;
}

/** An error as it crosses the thread: its message and every plain field (`code`, `detail`, `constraint` …). */
export interface SerializedError {
  message: string;
  name: string;
  stack: string | undefined;
  fields: Record<string, string | number | boolean | null | undefined>;
}

export type WorkerReply =
  { id: number; result: ThreadResult | SyncStats | null } | { id: number; error: SerializedError };
