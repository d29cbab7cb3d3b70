import { select } from '@lianxi/db';
import type { User } from '@lianxi/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { writeAudit } from '../audit/audit.writer.js';
import { decoyHash, verifyPassword, type ScryptCost } from './password.js';
import { hashToken, newSessionToken } from './session-token.js';

export interface AuthSettings {
  idleMinutes: number;
  absoluteHours: number;
  maxFailures: number;
  windowMinutes: number;
  scrypt?: ScryptCost;
}

interface UserRow extends User {
  passwordHash: string;
}

interface SessionRow {
  id: string;
  tokenHash: string;
  userId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** The session and its user, as one row (authenticate). Instants may come as Date or text, per engine. */
interface SessionUserRow extends Omit<User, 'disabledAt'> {
  sessionId: string;
  lastSeenAt: Date | string;
  expiresAt: Date | string;
  revokedAt: Date | string | null;
  disabledAt: Date | string | null;
}

export type LoginOutcome =
  | { ok: true; user: User; token: string; expiresAt: Date; sessionId: string }
  | { ok: false; reason: 'INVALID_CREDENTIALS' | 'RATE_LIMITED' };

const FAILED_LOGIN = 'auth.login_failed';
/** Writing last_seen_at on every request would turn reads into writes; a minute's precision is enough. */
const TOUCH_AFTER_MS = 60_000;

function publicUser(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    departmentId: row.departmentId,
    jurisdictionId: row.jurisdictionId,
    disabledAt: row.disabledAt,
  };
}

/**
 * Log in, look up and end sessions. Failed attempts are audit events in the database, so the rate limit
 * holds across any number of API processes sharing it.
 */
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly settings: AuthSettings,
  ) {}

  async login(username: string, password: string, requestId: string): Promise<LoginOutcome> {
    const name = username.trim();
    const since = new Date(Date.now() - this.settings.windowMinutes * 60_000);
    const failures = await this.db
      .getRepository('audit_event')
      .createQueryBuilder('e')
      .where('e.action = :action', { action: FAILED_LOGIN })
      .andWhere(`e.after ->> 'username' = :name`, { name })
      .andWhere('e.at > :since', { since })
      .getCount();
    if (failures >= this.settings.maxFailures) return { ok: false, reason: 'RATE_LIMITED' };

    const row = await this.db.getRepository<UserRow>('app_user').findOne({ where: { username: name } });
    const valid = row
      ? await verifyPassword(password, row.passwordHash)
      : await verifyPassword(password, await decoyHash(this.settings.scrypt)).then(() => false);
    if (!row || !valid || row.disabledAt) {
      await writeAudit(this.db.manager, {
        actorId: row?.id ?? null,
        action: FAILED_LOGIN,
        entity: 'app_user',
        entityId: row?.id ?? null,
        before: null,
        after: { username: name },
        requestId,
      });
      return { ok: false, reason: 'INVALID_CREDENTIALS' };
    }

    const token = newSessionToken();
    const now = Date.now();
    const expiresAt = new Date(now + this.settings.absoluteHours * 3_600_000);
    const session = await this.db.transaction(async (manager) => {
      const saved = await manager.getRepository<SessionRow>('session').save({
        tokenHash: hashToken(token),
        userId: row.id,
        lastSeenAt: new Date(now),
        expiresAt,
        revokedAt: null,
      });
      await writeAudit(manager, {
        actorId: row.id,
        action: 'auth.login',
        entity: 'session',
        entityId: saved.id,
        before: null,
        after: { username: row.username },
        requestId,
      });
      return saved;
    });
    return { ok: true, user: publicUser(row), token, expiresAt, sessionId: session.id };
  }

  /**
   * The user of a session token, or null when the token is unknown, revoked, idle too long or expired, or
   * its user is disabled. ONE statement on every request: the session joined to its user, and in the same
   * statement (a data-modifying WITH) `last_seen_at` moved to now when the session is still valid and was
   * last touched more than a minute ago. The statement's conditions are the checks below, on the same clock
   * (`now` is a parameter), so a session that has expired is never touched back to life.
   */
  async authenticate(token: string): Promise<{ user: User; sessionId: string } | null> {
    const now = new Date();
    const [row] = await select<SessionUserRow>(
      this.db,
      `WITH found AS (
         SELECT s.id AS "sessionId", s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt",
                s.revoked_at AS "revokedAt", u.id, u.username, u.display_name AS "displayName", u.role,
                u.department_id AS "departmentId", u.jurisdiction_id AS "jurisdictionId",
                u.disabled_at AS "disabledAt"
         FROM session s JOIN app_user u ON u.id = s.user_id
         WHERE s.token_hash = $1
       ), touched AS (
         UPDATE session SET last_seen_at = $2::timestamptz
         FROM found f
         WHERE session.id = f."sessionId" AND f."revokedAt" IS NULL AND f."disabledAt" IS NULL
           AND f."expiresAt" > $2::timestamptz
           AND f."lastSeenAt" > $2::timestamptz - $3::float8 * interval '1 millisecond'
           AND f."lastSeenAt" < $2::timestamptz - $4::float8 * interval '1 millisecond'
         RETURNING session.id
       )
       SELECT * FROM found`,
      [hashToken(token), now, this.settings.idleMinutes * 60_000, TOUCH_AFTER_MS],
    );
    if (!row || row.revokedAt) return null;
    const lastSeenAt = new Date(row.lastSeenAt).getTime();
    if (new Date(row.expiresAt).getTime() <= now.getTime()) return null;
    if (lastSeenAt + this.settings.idleMinutes * 60_000 <= now.getTime()) return null;
    if (row.disabledAt) return null;
    return {
      user: {
        id: row.id,
        username: row.username,
        displayName: row.displayName,
        role: row.role,
        departmentId: row.departmentId,
        jurisdictionId: row.jurisdictionId,
        disabledAt: null,
      },
      sessionId: row.sessionId,
    };
  }

  /** Ends one session, or every session of the user. */
  async logout(
    user: User,
    sessionId: string | null,
    everywhere: boolean,
    requestId: string,
  ): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const query = manager
        .createQueryBuilder()
        .update('session')
        .set({ revokedAt: () => 'now()' })
        .where('revoked_at IS NULL')
        .andWhere('user_id = :userId', { userId: user.id });
      if (!everywhere) {
        if (!sessionId) return false;
        query.andWhere('id = :sessionId', { sessionId });
      }
      const result = await query.execute();
      await writeAudit(manager, {
        actorId: user.id,
        action: 'auth.logout',
        entity: 'app_user',
        entityId: user.id,
        before: null,
        after: { everywhere, sessions: result.affected ?? 0 },
        requestId,
      });
      return (result.affected ?? 0) > 0;
    });
  }
}

/** Revokes every live session of a user: after a role change or when the user is disabled. */
export async function revokeSessions(manager: EntityManager, userId: string): Promise<number> {
  const result = await manager
    .createQueryBuilder()
    .update('session')
    .set({ revokedAt: () => 'now()' })
    .where('revoked_at IS NULL')
    .andWhere('user_id = :userId', { userId })
    .execute();
  return result.affected ?? 0;
}
