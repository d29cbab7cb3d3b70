/**
 * An API process for the load and multi-process tests: opens the database, optionally builds the test world,
 * listens on loopback and prints `LISTENING <port> <world json>`, then `MEM <rss> <heapUsed>` every second.
 *
 *   tsx --conditions=@lianxi/source scripts/api-process.ts <dataDir | postgres://…> <setup: world|none> [port]
 */
import { openDatabase } from '@lianxi/db';
import { buildWorld, createServer, serverConfig } from '../src/api.js';

const [target = '', setup = 'none', portText = '0'] = process.argv.slice(2);
const db = await openDatabase(target.startsWith('postgres') ? { databaseUrl: target } : { dataDir: target });
const world = setup === 'world' ? await buildWorld(db, 20, 'load') : null;
const server = await createServer(serverConfig(db));
const listener = server.app.listen(Number(portText), '127.0.0.1', () => {
  const address = listener.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`LISTENING ${port} ${JSON.stringify(world)}\n`);
});
setInterval(() => {
  const memory = process.memoryUsage();
  process.stdout.write(`MEM ${memory.rss} ${memory.heapUsed}\n`);
}, 1_000).unref();
process.once('SIGTERM', () => {
  listener.close();
  void server.close().then(() => db.destroy()).then(() => process.exit(0));
});
