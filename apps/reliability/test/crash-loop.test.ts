import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Engine } from '@lianxi/db';
import { testEngines } from '@lianxi/db/testing';
import { afterAll, expect, it } from 'vitest';
import { onLines, seeded, spawnScript } from '../src/child.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';
import { createServerDatabase } from '../src/server-db.js';
import { summarize } from '../src/stats.js';

/**
 * Crash loop: a child imports documents and appends reports, logging each only after COMMIT; the parent
 * SIGKILLs it at a random moment; the next child reopens the database and checks every acknowledged row
 * (and that no document is half imported) before it works. 20 cycles per engine (200 with RELIABILITY_LONG=1),
 * both engines at once.
 */
const figures = new FigureCollector('60-crash-loop', 'Crash loop (SIGKILL)', mode.name);
afterAll(() => {
  figures.note(`kill moments from seed ${mode.seed} (RELIABILITY_SEED replays them)`);
  figures.flush();
});

interface Verified {
  ackedDocs: number;
  ackedReports: number;
  missingDocs: number;
  missingReports: number;
  documents: number;
  halfImported: number;
}

/** One child: waits for its check, lets it work `workMs`, kills it. Resolves with the check and timings. */
function cycle(target: string, ackLog: string, child: number, workMs: number): Promise<{ verified: Verified; reopenMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const process = spawnScript('scripts/crash-child.ts', [target, ackLog, String(child)]);
    let verified: Verified | undefined;
    let reopenMs = 0;
    let stderr = '';
    process.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    onLines(process, (line) => {
      if (line.startsWith('VERIFIED ')) {
        verified = JSON.parse(line.slice('VERIFIED '.length)) as Verified;
        reopenMs = performance.now() - started;
      }
      if (line === 'READY') setTimeout(() => process.kill('SIGKILL'), workMs);
    });
    process.on('exit', (code, signal) => {
      if (verified && signal === 'SIGKILL') resolve({ verified, reopenMs });
      else reject(new Error(`child ${child} ended with ${signal ?? code ?? '?'} before it was killed:\n${stderr}`));
    });
  });
}

async function loop(engine: Engine) {
  const directory = mkdtempSync(join(tmpdir(), `lianxi-crash-${engine}-`));
  const server = engine === 'postgres' ? await createServerDatabase() : null;
  const target = server?.url ?? join(directory, 'data');
  const ackLog = join(directory, 'ack.log');
  const random = seeded(mode.seed + (engine === 'postgres' ? 1 : 0));
  const reopen: number[] = [];
  let worst: Verified | undefined;
  try {
    // cycles kills, then one more child whose check is the final one.
    for (let child = 0; child <= mode.crashCycles; child += 1) {
      const { verified, reopenMs } = await cycle(target, ackLog, child, child === mode.crashCycles ? 0 : 50 + Math.floor(random() * 1_450));
      if (child > 0) reopen.push(reopenMs);
      expect(verified.missingDocs, `cycle ${child}`).toBe(0);
      expect(verified.missingReports, `cycle ${child}`).toBe(0);
      expect(verified.halfImported, `cycle ${child}`).toBe(0);
      worst = verified;
    }
    const lines = readFileSync(ackLog, 'utf8').split('\n').filter((line) => line.endsWith(' .')).length;
    const reopenSummary = summarize(reopen);
    figures.add(`${engine}: ${mode.crashCycles} SIGKILL cycles`, {
      acknowledgedDocuments: worst?.ackedDocs ?? 0,
      acknowledgedReports: worst?.ackedReports ?? 0,
      acknowledgedLines: lines,
      documentsInDatabase: worst?.documents ?? 0,
      missing: 0,
      halfImported: 0,
      reopenedEveryTime: true,
      reopenP50ms: Math.round(reopenSummary.p50),
      reopenP95ms: Math.round(reopenSummary.p95),
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
    await server?.drop();
  }
}

// A cycle takes 2–4 s (reopen and check, then up to 1.5 s of work): the suite's 10-minute test timeout is too
// short for the long mode's 200 cycles per engine, so the limit grows with the cycles (15 s each at most).
const CYCLE_LIMIT_MS = 15_000;

it(
  `${mode.crashCycles} SIGKILL cycles on ${testEngines.join(' and ')}: 0 acknowledged rows missing, 0 half-imported documents`,
  async () => {
    await Promise.all(testEngines.map((engine) => loop(engine)));
  },
  Math.max(600_000, (mode.crashCycles + 1) * CYCLE_LIMIT_MS),
);
