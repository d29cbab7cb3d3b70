/**
 * The load generator, run as its own process so it does not share an event loop with the API:
 *   tsx scripts/load.ts <json config>
 * Mixed mode: `connections` connections split into readers (department tasks) and writers (reportProgress),
 * for `seconds`; prints one `RESULT <json>` line with error counts, read and write latency percentiles and
 * the ids of every acknowledged report. Flood mode: maximum-cost queries at full rate while one client asks
 * `{ health }` every 200 ms; prints the health answers.
 */
import autocannon from 'autocannon';
import { summarize } from '../src/stats.js';

interface Config {
  mode: 'mixed' | 'flood';
  url: string;
  seconds: number;
  connections: number;
  memberToken: string;
  adminToken: string;
  departmentId: string;
  assignmentIds: string[];
}

const config = JSON.parse(process.argv[2] ?? '{}') as Config;

function run(options: Omit<autocannon.Options, 'url'>, onResponse?: (status: number, body: string) => void) {
  const latencies: number[] = [];
  let graphqlErrors = 0;
  let finish: (value: { result: autocannon.Result; latencies: number[]; graphqlErrors: number }) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<{ result: autocannon.Result; latencies: number[]; graphqlErrors: number }>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      ...options,
      url: config.url,
      duration: config.seconds,
      method: 'POST',
      timeout: 30,
      requests: (options.requests ?? []).map((request) => ({
        ...request,
        onResponse: (status: number, body: string) => {
          // A payload's empty `"errors":[]` is success; a GraphQL error list has objects.
        if (status === 200 && body.includes('"errors":[{')) {
          graphqlErrors += 1;
          if (graphqlErrors <= 3) process.stderr.write(`GraphQL error: ${body.slice(0, 300)}\n`);
        }
        if (status !== 200) process.stderr.write(`status ${status}: ${body.slice(0, 200)}\n`);
          onResponse?.(status, body);
        },
      })),
    },
    (error, result) => {
      if (error) fail(error);
      else finish({ result, latencies, graphqlErrors });
    },
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime);
  });
  return done;
}

const json = (token: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${token}` });

if (config.mode === 'mixed') {
  const acknowledged: string[] = [];
  let sequence = 0;
  const readers = Math.round(config.connections * 0.8);
  const read = run({
    connections: readers,
    requests: [
      {
        method: 'POST',
        headers: json(config.memberToken),
        body: JSON.stringify({
          query: `query($id: ID!) { department(id: $id) { name tasks(first: 20) { totalCount nodes { role light task { path text } latestReport { percent } } } } }`,
          variables: { id: config.departmentId },
        }),
      },
    ],
  });
  const write = run(
    {
      connections: config.connections - readers,
      requests: [
        {
          method: 'POST',
          headers: json(config.memberToken),
          setupRequest: (request) => {
            sequence += 1;
            const assignmentId = config.assignmentIds[sequence % config.assignmentIds.length];
            return {
              ...request,
              body: JSON.stringify({
                query: `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { report { id } errors { code } } }`,
                variables: { input: { assignmentId, status: 'IN_PROGRESS', percent: sequence % 100, narrative: `负载写入 ${sequence}` } },
              }),
            };
          },
        },
      ],
    },
    (status, body) => {
      const id = /"report":\{"id":"([0-9a-f-]{36})"/.exec(body)?.[1];
      if (status === 200 && id) acknowledged.push(id);
    },
  );
  const [reads, writes] = await Promise.all([read, write]);
  const total = (r: autocannon.Result) => r.requests.sent;
  process.stdout.write(
    `RESULT ${JSON.stringify({
      reads: { sent: total(reads.result), non2xx: reads.result.non2xx, errors: reads.result.errors, timeouts: reads.result.timeouts, graphqlErrors: reads.graphqlErrors, latency: summarize(reads.latencies) },
      writes: { sent: total(writes.result), non2xx: writes.result.non2xx, errors: writes.result.errors, timeouts: writes.result.timeouts, graphqlErrors: writes.graphqlErrors, latency: summarize(writes.latencies) },
      acknowledged,
    })}\n`,
  );
} else {
  // Near the most expensive query the cost limit lets through (≈15,000 of 20,000): three aliases of a
  // department's 100 tasks with their assignments' departments.
  const flood = `query($id: ID!) { ${Array.from({ length: 3 }, (_, i) => `a${i}: department(id: $id) { tasks(first: 100) { nodes { task { assignments { department { name } } } } } }`).join(' ')} }`;
  const health: { ms: number; ok: boolean }[] = [];
  let flooding = true;
  const probe = (async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- cleared when the flood ends
    while (flooding) {
      const started = performance.now();
      const ok = await fetch(config.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health }"}', signal: AbortSignal.timeout(30_000) })
        .then(async (response) => response.status === 200 && (await response.text()).includes('"health":true'))
        .catch(() => false);
      health.push({ ms: performance.now() - started, ok });
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  })();
  const floodRun = await run(
    { connections: config.connections, requests: [{ method: 'POST', headers: json(config.adminToken), body: JSON.stringify({ query: flood, variables: { id: config.departmentId } }) }] },
  );
  flooding = false;
  await probe;
  process.stdout.write(
    `RESULT ${JSON.stringify({
      flood: { sent: floodRun.result.requests.sent, non2xx: floodRun.result.non2xx, errors: floodRun.result.errors, graphqlErrors: floodRun.graphqlErrors, latency: summarize(floodRun.latencies) },
      health: { asked: health.length, answered: health.filter((h) => h.ok).length, latency: summarize(health.map((h) => h.ms)) },
    })}\n`,
  );
}
