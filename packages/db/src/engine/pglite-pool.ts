import { EventEmitter } from 'node:events';
import type { PGliteThread, ThreadResult } from './pglite-thread.js';

/**
 * A node-postgres–shaped pool over ONE PGlite instance, handed to TypeORM's postgres driver as `driver`. The
 * instance lives in its own worker thread (`PGliteThread`), so queries do not block the caller's event loop.
 *
 * Why not typeorm-pglite's pool: it keeps one PGlite per process in a static singleton (a second data source
 * silently shares, and closing one closes, the other) and gives every query runner the same session without
 * any exclusion, so two TypeORM transactions interleave on one backend: `BEGIN; BEGIN; SELECT … FOR UPDATE;
 * SELECT … FOR UPDATE` both "succeed" and the row lock guards nothing. PGlite is a single backend, so the
 * honest model is a pool of size one: `connect()` leases the session exclusively until `release()`, which is
 * exactly what `pg.Pool({ max: 1 })` would do. Transactions are then serialised and locking code behaves the
 * same as on a server.
 *
 * The results are reshaped to what TypeORM reads from `pg` (`rows`, `rowCount`, `command`).
 */
export class PGlitePool extends EventEmitter {
  private tail: Promise<void> = Promise.resolve();
  private ended = false;
  private opened: Promise<PGliteThread> | undefined;

  /** `open` starts the instance; it is called on the first `connect()`, once. */
  constructor(private readonly open: () => Promise<PGliteThread>) {
    super();
  }

  private instance(): Promise<PGliteThread> {
    return (this.opened ??= this.open());
  }

  /** pg-pool's callback API, the one TypeORM uses: `connect((error, client, release) => …)`. */
  connect(
    callback: (error: Error | null, client: PGliteClient | null, release: (error?: unknown) => void) => void,
  ) {
    if (this.ended) {
      callback(new Error('The PGlite pool has been ended'), null, () => undefined);
      return;
    }
    let free!: () => void;
    const turn = new Promise<void>((resolve) => (free = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => turn);
    void previous
      .then(() => this.instance())
      .then(
        (db) => {
          let released = false;
          const client = new PGliteClient(db);
          callback(null, client, () => {
            if (released) return;
            released = true;
            free();
          });
        },
        (error: unknown) => {
          free();
          callback(error instanceof Error ? error : new Error(String(error)), null, () => undefined);
        },
      );
  }

  /** Waits for the current lease holders, then closes the instance (and its worker), if it was ever opened. */
  end(callback?: (error?: Error) => void): void {
    this.ended = true;
    void this.tail
      // An instance that failed to open has nothing to close.
      .then(() => this.opened?.catch(() => undefined))
      .then((db) => (!db || db.closed ? undefined : db.close()))
      .then(
        () => callback?.(),
        (error: unknown) => callback?.(error instanceof Error ? error : new Error(String(error))),
      );
  }
}

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: ThreadResult['fields'];
}

type QueryCallback = (error: Error | null, result?: PgLikeResult) => void;

/** One leased "connection": the PGlite session while the lease lasts. */
class PGliteClient extends EventEmitter {
  constructor(private readonly db: PGliteThread) {
    super();
  }

  query(
    text: string,
    parameters?: unknown[] | QueryCallback,
    callback?: QueryCallback,
  ): Promise<PgLikeResult> {
    const cb = typeof parameters === 'function' ? parameters : callback;
    const params = Array.isArray(parameters) ? parameters : [];
    // Without parameters use the simple protocol, which also accepts several statements in one string
    // (as node-postgres does); the last statement's result is the answer.
    const run = params.length > 0 ? this.db.query(text, params) : this.db.exec(text);
    const shaped = run.then((raw) => ({
      rows: raw.rows,
      // PGlite counts affected rows of INSERT/UPDATE/DELETE only (0 for a SELECT); pg counts returned rows too.
      rowCount: Math.max(raw.affectedRows, raw.rows.length),
      command: commandOf(text),
      fields: raw.fields,
    }));
    if (cb) {
      shaped.then(
        (result) => {
          cb(null, result);
        },
        (error: unknown) => {
          cb(error instanceof Error ? error : new Error(String(error)));
        },
      );
    }
    return shaped;
  }
}

/** The statement's first keyword, as pg reports it in `command` (TypeORM shapes UPDATE/DELETE results by it). */
function commandOf(text: string): string {
  return (/^\s*([A-Za-z]+)/.exec(text)?.[1] ?? '').toUpperCase();
}
