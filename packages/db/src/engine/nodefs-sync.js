// @ts-check
import { closeSync, fdatasyncSync, fsyncSync, openSync } from 'node:fs';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * PGlite's data directory with PostgreSQL's durability made real.
 *
 * PGlite reaches the disk through Emscripten's NODEFS, whose file operations map to Node's `fs` — except
 * the syncs: `fsync()` calls the stream's `fsync` operation, which NODEFS does not have (so it does nothing),
 * and `fdatasync()` — PostgreSQL's `wal_sync_method` on Linux, fixed because PGlite reads no
 * postgresql.conf — is an empty stub compiled into the module. A commit was therefore only in the page
 * cache when it was acknowledged, and a checkpoint could reach the disk in any order.
 *
 * This file system is PGlite's own `NodeFS`, plus three changes to NODEFS's stream operations, installed
 * before PostgreSQL starts (so initdb and crash recovery are covered too):
 *
 * 1. `fsync` does `fs.fsyncSync` (a directory: open it and fsync). Every fsync PostgreSQL asks for — data
 *    files and pg_control at a checkpoint, new WAL segments, directories after a rename, the whole data
 *    directory when it recovers from a crash — now happens.
 * 2. Writes to `pg_wal/` mark the segment dirty. Since `fdatasync` cannot be intercepted, the dirty WAL is
 *    flushed (fdatasync) at every point PostgreSQL relied on it: `flushWal()` after each statement, before
 *    its answer leaves the worker (so an acknowledged COMMIT is on disk — synchronous_commit); before any
 *    write to a file outside pg_wal (the WAL-before-data rule: a data page, clog page or pg_control never
 *    reaches the disk ahead of the WAL that describes it); before any fsync; and before a segment is closed.
 * 3. Nothing else changes: reads, writes and their order are NODEFS's own.
 *
 * The cost is one fdatasync per statement that wrote WAL (a few ms on an ordinary SSD), paid on the worker
 * thread, and PostgreSQL's own fsyncs at initdb, checkpoints and crash recovery.
 */

/** @typedef {import('./pglite-protocol.js').SyncStats} SyncStats */

/**
 * The parts of an Emscripten NODEFS stream used here.
 * @typedef {{ path: string, nfd?: number, node: unknown }} Stream
 */

/**
 * NODEFS's stream operations (one object shared by every NODEFS stream).
 * @typedef {{
 *   write: (this: unknown, stream: Stream, ...rest: unknown[]) => number,
 *   close: (this: unknown, stream: Stream) => void,
 *   fsync?: (stream: Stream) => number,
 * }} StreamOps
 */

/** @typedef {{ stream_ops: StreamOps, realPath: (node: unknown) => string }} NodeFsModule */

export class SyncedNodeFS extends NodeFS {
  /** @type {SyncStats} */
  stats = { walSyncs: 0, fileSyncs: 0, directorySyncs: 0 };

  /**
   * Node file descriptors of WAL segments written since their last fdatasync.
   * @type {Set<number>}
   */
  #dirtyWal = new Set();

  /** Makes the WAL written so far durable. Cheap when nothing was written. */
  flushWal() {
    for (const fd of this.#dirtyWal) {
      fdatasyncSync(fd);
      this.stats.walSyncs += 1;
    }
    this.#dirtyWal.clear();
  }

  /**
   * @override
   * @param {import('@electric-sql/pglite').PGlite} pg
   * @param {Parameters<NodeFS['init']>[1]} options
   * @returns {ReturnType<NodeFS['init']>}
   */
  async init(pg, options) {
    const { emscriptenOpts } = await super.init(pg, options);
    const preRun = emscriptenOpts.preRun ?? [];
    return {
      emscriptenOpts: {
        ...emscriptenOpts,
        // After NodeFS's own preRun has mounted the directory, before PostgreSQL runs.
        preRun: [
          ...(Array.isArray(preRun) ? preRun : [preRun]),
          /** @param {{ FS: { filesystems: Record<string, unknown> } }} mod */
          (mod) => {
            this.#patch(/** @type {NodeFsModule} */ (mod.FS.filesystems.NODEFS));
          },
        ],
      },
    };
  }

  /** @param {NodeFsModule} nodefs */
  #patch(nodefs) {
    const operations = nodefs.stream_ops;
    const { write, close } = operations;
    const dirty = this.#dirtyWal;
    const stats = this.stats;
    const flushWal = () => {
      this.flushWal();
    };
    operations.write = function (stream, ...rest) {
      if (stream.path.includes('/pg_wal/')) {
        const written = write.call(this, stream, ...rest);
        if (stream.nfd !== undefined) dirty.add(stream.nfd);
        return written;
      }
      if (dirty.size > 0) flushWal();
      return write.call(this, stream, ...rest);
    };
    operations.close = function (stream) {
      if (stream.nfd !== undefined && dirty.has(stream.nfd)) {
        fdatasyncSync(stream.nfd);
        stats.walSyncs += 1;
        dirty.delete(stream.nfd);
      }
      close.call(this, stream);
    };
    operations.fsync = (stream) => {
      flushWal();
      if (stream.nfd !== undefined) {
        fsyncSync(stream.nfd);
        stats.fileSyncs += 1;
      } else {
        // NODEFS opens no Node descriptor for a directory.
        const fd = openSync(nodefs.realPath(stream.node), 'r');
        try {
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        stats.directorySyncs += 1;
      }
      return 0;
    };
  }
}
