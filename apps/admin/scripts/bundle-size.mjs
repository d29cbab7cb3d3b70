#!/usr/bin/env node
// Prints the gzip size of the JavaScript a browser loads for /login and for / : the entry chunk, the route's
// lazily loaded screen chunk, and everything they import statically (dynamic imports — charts, exceljs,
// the import wizard — are not counted: they load on demand). Reads Vite's manifest (build.manifest: true).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const LIMIT_KB = 300;

const routes = {
  '/login': 'src/features/auth/components/LoginPage.tsx',
  '/': 'src/features/my-tasks/components/HomePage.tsx',
};

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('no entry in the manifest: run `pnpm build` first');

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the manifest`);
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

let failed = false;
for (const [route, screen] of Object.entries(routes)) {
  const files = closure([entryKey, screen]);
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  const kb = gzip / 1024;
  const ok = kb <= LIMIT_KB;
  failed ||= !ok;
  console.log(`${route.padEnd(7)} ${kb.toFixed(1).padStart(7)} KB gzip in ${files.length} files ${ok ? 'ok' : `OVER ${LIMIT_KB} KB`}`);
  for (const file of files) {
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
    console.log(`          ${size.toFixed(1).padStart(7)} KB  ${file}`);
  }
}
process.exitCode = failed ? 1 : 0;
