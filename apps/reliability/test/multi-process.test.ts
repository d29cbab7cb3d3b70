import { testEngines } from '@lianxi/db/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { post, type World } from '../src/api.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';
import { type ApiProcess, startApiProcess } from '../src/processes.js';
import { createServerDatabase } from '../src/server-db.js';

/**
 * Two API processes on one PostgreSQL database: nothing lives in a process — sessions, rate limits, versions
 * and reports are rows — so either process answers for the other at once.
 */
const figures = new FigureCollector('90-multi-process', 'Two API processes on one PostgreSQL', mode.name);
const enabled = testEngines.includes('postgres');
let server: Awaited<ReturnType<typeof createServerDatabase>> | undefined;
let one: ApiProcess | undefined;
let two: ApiProcess | undefined;

beforeAll(async () => {
  if (!enabled) return;
  server = await createServerDatabase();
  one = await startApiProcess(server.url, 'world');
  two = await startApiProcess(server.url, 'none');
});
afterAll(async () => {
  await one?.stop();
  await two?.stop();
  await server?.drop();
  figures.flush();
});

it.skipIf(!enabled)('a session made on one works on the other; a report written through one is read through the other at once; logout and versions hold across', async () => {
  if (!one || !two) throw new Error('processes not started');
  const world = one.world as unknown as World;
  const login = await post(one.url, `mutation { login(input: { username: "load-member-a", password: "correct horse battery" }) { token } }`);
  const token = (login.body.data?.login as { token: string }).token;
  const me = await post(two.url, '{ me { username } }', {}, token);
  expect(me.body.data).toEqual({ me: { username: 'load-member-a' } });

  const reads: boolean[] = [];
  let latest: string | null = null;
  for (let n = 0; n < 20; n += 1) {
    const writer = n % 2 === 0 ? one : two;
    const reader = n % 2 === 0 ? two : one;
    const written = await post(
      writer.url,
      `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { report { id } errors { code } } }`,
      { input: { assignmentId: world.assignmentsA[0], status: 'IN_PROGRESS', percent: n * 5, narrative: `第${n}次`, expectedLatestReportId: latest } },
      token,
    );
    const id = (written.body.data?.reportProgress as { report: { id: string } | null } | null)?.report?.id;
    expect(id, written.text).toBeTruthy();
    latest = id ?? null;
    const read = await post(reader.url, `query($id: ID!) { department(id: $id) { tasks(first: 100) { nodes { latestReport { id } } } } }`, { id: world.departmentA }, token);
    const ids = ((read.body.data?.department as { tasks: { nodes: { latestReport: { id: string } | null }[] } }).tasks.nodes).map((node) => node.latestReport?.id);
    reads.push(ids.includes(id));
  }
  expect(reads.every(Boolean)).toBe(true);

  const admin = (await post(one.url, `mutation { login(input: { username: "load-admin", password: "correct horse battery" }) { token } }`)).body.data?.login as { token: string };
  const rename = `mutation($input: RenameDepartmentInput!) { renameDepartment(input: $input) { department { version } errors { code } } }`;
  const version = ((await post(one.url, `query($id: ID!) { department(id: $id) { version } }`, { id: world.departmentB }, admin.token)).body.data?.department as { version: number }).version;
  const first = await post(one.url, rename, { input: { departmentId: world.departmentB, name: '市民政局（一）', expectedVersion: version } }, admin.token);
  const second = await post(two.url, rename, { input: { departmentId: world.departmentB, name: '市民政局（二）', expectedVersion: version } }, admin.token);
  expect(first.body.errors).toBeUndefined();
  expect(second.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

  await post(two.url, 'mutation { logout { ok } }', {}, token);
  const after = await post(one.url, '{ me { username } }', {}, token);
  expect(after.body.data).toEqual({ me: null });
  figures.add('two processes, one PostgreSQL database', {
    sessionMadeOnOneUsedOnTwo: true,
    reportsWrittenAlternately: reads.length,
    readAtOnceThroughTheOther: reads.filter(Boolean).length,
    staleVersionAcrossProcesses: 'CONFLICT',
    logoutOnTwoEndsSessionOnOne: true,
  });
});
