import { changeUserRole, select } from '@lianxi/db';
import { createTestDatabase, type TestDatabase } from '@lianxi/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from '../../api/src/auth/password.js';
import { addUser, type ApiServer, createServer, gql, login, PASSWORD, serverConfig } from '../src/api.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';

const figures = new FigureCollector('40-login', 'Login and sessions', mode.name);
let database: TestDatabase;
let server: ApiServer;
const ME = '{ me { username } }';
const meOf = async (token: string) => ((await gql(server, ME, {}, token)).body.data?.me as { username: string } | null) ?? null;

beforeAll(async () => {
  database = await createTestDatabase('pglite');
  server = await createServer(serverConfig(database.dataSource, { trustProxy: 1 }));
});
afterAll(async () => {
  await server.close();
  await database.drop();
  figures.flush();
});

describe('password hashing', () => {
  it('the stored hash carries scrypt N=2^17, r=8, p=1 (OWASP) and verifies; a user stored that way logs in', async () => {
    const stored = await hashPassword(PASSWORD);
    const [scheme, log2N, r, p, salt, hash] = stored.split('$');
    expect(scheme).toBe('scrypt');
    expect(Number(log2N)).toBeGreaterThanOrEqual(17);
    expect(Number(r)).toBeGreaterThanOrEqual(8);
    expect(Number(p)).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(hash ?? '', 'base64url')).toHaveLength(32);
    expect(DEFAULT_SCRYPT).toEqual({ log2N: 17, r: 8, p: 1 });
    await addUser(database.dataSource, 'owasp', 'ADMIN', {}, DEFAULT_SCRYPT);
    const [row] = await select<{ hash: string }>(database.dataSource, `SELECT password_hash AS hash FROM app_user WHERE username = 'owasp'`);
    expect(row?.hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(row?.hash).not.toContain(PASSWORD);
    expect(await verifyPassword(PASSWORD, row?.hash ?? '')).toBe(true);
    expect(await verifyPassword('wrong', row?.hash ?? '')).toBe(false);
    expect(await meOf(await login(server, 'owasp'))).toEqual({ username: 'owasp' });
    figures.add('stored password hash', { scheme: 'scrypt', N: `2^${log2N ?? '?'}`, r: Number(r), p: Number(p), saltBytes: 16, keyBytes: 32 });
  });
});

describe('session cookie', () => {
  const loginCall = () =>
    request(server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: `mutation { login(input: { username: "cookie", password: "${PASSWORD}" }) { token } }` });

  it('is HttpOnly and SameSite=Lax; Secure when the request came over TLS (X-Forwarded-Proto from a trusted proxy)', async () => {
    await addUser(database.dataSource, 'cookie', 'VIEWER');
    const plain = (await loginCall()).headers['set-cookie']?.[0] ?? '';
    const tls = (await loginCall().set('x-forwarded-proto', 'https')).headers['set-cookie']?.[0] ?? '';
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    expect(tls).toMatch(/HttpOnly/);
    expect(tls).toMatch(/SameSite=Lax/);
    expect(tls).toMatch(/; Secure/);
    figures.add('cookie over HTTP', { httpOnly: true, sameSite: 'Lax', secure: false });
    figures.add('cookie behind TLS', { httpOnly: true, sameSite: 'Lax', secure: true });
  });
});

describe('session lifetime and revocation', () => {
  const age = (sql: string, token: string) =>
    select(database.dataSource, sql, [token]).then(() => undefined);

  it('idle expiry: a session unused for longer than the idle time no longer authenticates', async () => {
    await addUser(database.dataSource, 'idle', 'VIEWER');
    const token = await login(server, 'idle');
    expect(await meOf(token)).toEqual({ username: 'idle' });
    await age(`UPDATE session SET last_seen_at = now() - interval '61 minutes' WHERE user_id = (SELECT id FROM app_user WHERE username = 'idle') AND $1 <> ''`, token);
    expect(await meOf(token)).toBeNull();
  });

  it('absolute expiry: a session past expires_at no longer authenticates, even if used a second ago', async () => {
    await addUser(database.dataSource, 'absolute', 'VIEWER');
    const token = await login(server, 'absolute');
    await age(
      `UPDATE session SET expires_at = now() - interval '1 second', last_seen_at = now() WHERE user_id = (SELECT id FROM app_user WHERE username = 'absolute') AND $1 <> ''`,
      token,
    );
    expect(await meOf(token)).toBeNull();
  });

  it('logout ends this session; logout everywhere ends them all; a role change and disabling revoke every session', async () => {
    await addUser(database.dataSource, 'many', 'VIEWER');
    const [a, b, c] = [await login(server, 'many'), await login(server, 'many'), await login(server, 'many')];
    await gql(server, 'mutation { logout { ok } }', {}, a);
    expect(await meOf(a)).toBeNull();
    expect(await meOf(b)).toEqual({ username: 'many' });
    await gql(server, 'mutation { logout(input: { everywhere: true }) { ok } }', {}, b);
    expect(await meOf(b)).toBeNull();
    expect(await meOf(c)).toBeNull();

    const userId = await addUser(database.dataSource, 'promoted', 'VIEWER');
    const before = [await login(server, 'promoted'), await login(server, 'promoted')];
    const { revokedSessions } = await changeUserRole(database.dataSource, userId, { role: 'ADMIN', departmentId: null, jurisdictionId: null });
    expect(revokedSessions).toBe(2);
    for (const token of before) expect(await meOf(token)).toBeNull();

    await addUser(database.dataSource, 'disabled', 'VIEWER');
    const token = await login(server, 'disabled');
    await select(database.dataSource, `UPDATE app_user SET disabled_at = now() WHERE username = 'disabled'`);
    expect(await meOf(token)).toBeNull();
    figures.add('revocation', { logout: 'this session', logoutEverywhere: 'all sessions', roleChange: `${revokedSessions} of 2 revoked`, disabledUser: 'refused' });
  });

  it('repeated failed logins lock the name for the window: the correct password is refused after 5 failures', async () => {
    await addUser(database.dataSource, 'guessed', 'VIEWER');
    const attempt = async (password: string) =>
      (
        (await gql(server, 'mutation($p: String!) { login(input: { username: "guessed", password: $p }) { token errors { code } } }', { p: password })).body
          .data?.login as { errors: { code: string }[] }
      ).errors[0]?.code ?? 'OK';
    const codes: string[] = [];
    for (let i = 0; i < 5; i += 1) codes.push(await attempt(`guess-${i}`));
    expect(codes).toEqual(Array.from({ length: 5 }, () => 'INVALID_CREDENTIALS'));
    expect(await attempt(PASSWORD)).toBe('RATE_LIMITED');
    expect(await attempt('guess-6')).toBe('RATE_LIMITED');
    // Another name is not affected: the limit is per user name.
    await addUser(database.dataSource, 'bystander', 'VIEWER');
    expect(await meOf(await login(server, 'bystander'))).toEqual({ username: 'bystander' });
    figures.add('failed logins', { allowedFailures: 5, sixthAttempt: 'RATE_LIMITED (correct password refused)', window: '15 min', scope: 'per user name, in the database (holds across API processes)' });
  });
});
