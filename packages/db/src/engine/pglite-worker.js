// @ts-check
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { SyncedNodeFS } from './nodefs-sync.js';

/**
 * The worker thread that owns one PGlite instance (started by `PGliteThread.open`). PGlite runs PostgreSQL
 * compiled to WebAssembly synchronously on the thread that calls it; here that thread is this worker, so the
 * caller's event loop (HTTP, GraphQL, timers) keeps running while a statement executes.
 *
 * Messages are handled in arrival order; PGlite queues overlapping calls itself. Each answer leaves only after
 * the statement's WAL is durable (SyncedNodeFS.flushWal) when the directory is on disk.
 *
 * Plain JavaScript (checked by tsc through JSDoc): a worker loads its modules with Node's own loader.
 */

/** @import { SerializedError, ThreadResult, WorkerOptions, WorkerReply, WorkerRequest } from './pglite-protocol.js' */

const port = parentPort;
if (!port) throw new Error('pglite-worker.js runs in a worker thread (PGliteThread.open)');
const options = workerOptions(workerData);
/** The same functions as value-parsers.ts's PARSE, by name. */
const PARSE = { number: Number, text: (/** @type {string} */ value) => value };
const parsers = Object.fromEntries(Object.entries(options.parsers).map(([oid, name]) => [oid, PARSE[name]]));
const inMemory = options.dataDir.startsWith('memory://');
/** @type {SyncedNodeFS | null} */
let fs = null;

/** @param {WorkerReply} reply */
const send = (reply) => {
  port.postMessage(reply);
};

/** @type {PGlite | undefined} */
let db;
try {
  if (options.durable && !inMemory) fs = new SyncedNodeFS(options.dataDir);
  db = await PGlite.create({
    ...(fs ? { fs } : { dataDir: options.dataDir }),
    extensions: { pg_trgm },
    parsers,
  });
  send({ id: 0, result: null });
} catch (error) {
  send({ id: 0, error: serialize(error) });
}

port.on('message', (/** @type {WorkerRequest} */ request) => {
  void handle(request);
});

/** @param {WorkerRequest} request */
async function handle(request) {
  try {
    const result = await run(request);
    fs?.flushWal();
    send({ id: request.id, result });
  } catch (error) {
    try {
      fs?.flushWal();
    } catch {
      // the statement's own error is the one to report
    }
    send({ id: request.id, error: serialize(error) });
  }
}

/**
 * @param {WorkerRequest} request
 * @returns {Promise<ThreadResult | import('./pglite-protocol.js').SyncStats | null>}
 */
async function run(request) {
  if (!db) throw new Error('PGlite did not open');
  switch (request.op) {
    case 'query':
      return shape(await db.query(request.sql, request.params, request.options));
    case 'exec': {
      const results = await db.exec(request.sql);
      const last = results.at(-1);
      return last ? shape(last) : { rows: [], fields: [], affectedRows: 0 };
    }
    case 'stats':
      return fs ? { ...fs.stats } : { walSyncs: 0, fileSyncs: 0, directorySyncs: 0 };
    case 'close':
      if (!db.closed) await db.close();
      return null;
  }
}

/**
 * @param {import('@electric-sql/pglite').Results} raw
 * @returns {ThreadResult}
 */
function shape(raw) {
  return {
    rows: raw.rows,
    fields: raw.fields,
    affectedRows: raw.affectedRows ?? 0,
    ...(raw.blob ? { blob: raw.blob } : {}),
  };
}

/**
 * An Error's message and plain fields: PostgreSQL's `code` (SQLSTATE), `detail`, `constraint`, `table` …
 * (a structured clone of an Error would keep only message and stack).
 * @param {unknown} error
 * @returns {SerializedError}
 */
function serialize(error) {
  if (!(error instanceof Error))
    return { message: String(error), name: 'Error', stack: undefined, fields: {} };
  /** @type {SerializedError['fields']} */
  const fields = {};
  for (const [key, value] of ownEntries(error)) {
    if (
      value === null ||
      value === undefined ||
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean'
    ) {
      fields[key] = value;
    }
  }
  return { message: error.message, name: error.name, stack: error.stack, fields };
}

/**
 * @param {unknown} data the Worker's `workerData`
 * @returns {WorkerOptions}
 */
function workerOptions(data) {
  const { dataDir, durable, parsers } = /** @type {Partial<WorkerOptions>} */ (data ?? {});
  if (typeof dataDir !== 'string') throw new Error('pglite-worker.js: workerData.dataDir must be a string');
  return { dataDir, durable: durable === true, parsers: parsers ?? {} };
}

/**
 * @param {object} value
 * @returns {[string, unknown][]}
 */
function ownEntries(value) {
  return Object.entries(value);
}
