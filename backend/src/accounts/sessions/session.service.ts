import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthenticatedAccount } from '../../common/auth/authenticated-account';
import type { ClientInfo } from '../../common/auth/client-info.decorator';
import type { Role } from '../../common/auth/role';
import { SessionChecker } from '../../common/auth/session-checker';
import { NotFoundError, UnauthenticatedError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { AuditService } from '../../audit/audit.service';
import type { SessionDto } from '../dto/session.dto';
import type { RevokeReason } from '../refresh-session.entity';
import { AccessTokens } from './access-tokens';

/** What a sign-in hands the client: the access token, and the refresh token for the cookie. */
export interface SignedIn {
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
const SESSION_ENDED = 'Your session has ended. Please sign in again.';

/**
 * Sessions are families of rotating refresh tokens (256 random bits each, only the SHA-256
 * stored). The family id is the session id in access tokens and in the user's session list.
 * Presenting a token that was already rotated means it was copied: the whole family ends.
 */
@Injectable()
export class SessionService extends SessionChecker {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccessTokens,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {
    super();
  }

  /** Starts a session (a new family) for a signed-in account. */
  async start(
    account: { id: string; role: Role },
    client: ClientInfo,
    manager?: EntityManager,
  ): Promise<SignedIn> {
    const familyId = randomUUID();
    const refreshToken = await this.insertToken(
      manager ?? this.dataSource.manager,
      account.id,
      familyId,
      client,
    );
    return { ...(await this.tokens.sign(account.id, account.role, familyId)), refreshToken };
  }

  /** Exchanges a refresh token for new tokens in the same session. */
  async rotate(refreshToken: string | undefined, client: ClientInfo): Promise<SignedIn> {
    if (!refreshToken) throw new UnauthenticatedError(SESSION_ENDED);
    const outcome = await this.dataSource.transaction(async (m) => {
      const [row] = await m.query<
        Array<{
          id: string;
          account_id: string;
          family_id: string;
          rotated: boolean;
          live: boolean;
          role: Role;
        }>
      >(
        `SELECT s.id, s.account_id, s.family_id, s.rotated_at IS NOT NULL AS rotated,
                (s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active') AS live, a.role
           FROM refresh_session s JOIN account a ON a.id = s.account_id
          WHERE s.token_hash = $1`,
        [hashToken(refreshToken)],
      );
      if (!row || !row.live) return null;
      // Only one caller can rotate a token; anyone presenting it afterwards replays a copy.
      const [rotated] = await m.query<Array<{ id: string }>>(
        `WITH r AS (UPDATE refresh_session SET rotated_at = now()
                     WHERE id = $1 AND rotated_at IS NULL AND revoked_at IS NULL RETURNING id)
         SELECT * FROM r`,
        [row.id],
      );
      if (row.rotated || !rotated) {
        // In this transaction: a losing UPDATE above may still hold the row's lock.
        await m.query(
          `UPDATE refresh_session SET revoked_at = now(), revoke_reason = 'reuse'
            WHERE family_id = $1 AND revoked_at IS NULL`,
          [row.family_id],
        );
        return { reused: row };
      }
      const next = await this.insertToken(m, row.account_id, row.family_id, client);
      return {
        signedIn: {
          ...(await this.tokens.sign(row.account_id, row.role, row.family_id)),
          refreshToken: next,
        },
      };
    });
    if (outcome && 'signedIn' in outcome) return outcome.signedIn;
    if (outcome) {
      await this.audit.record({
        action: 'auth.refresh-token-reused',
        accountId: outcome.reused.account_id,
        success: false,
        ip: client.ip,
        userAgent: client.userAgent,
        details: { sessionId: outcome.reused.family_id },
      });
    }
    throw new UnauthenticatedError(SESSION_ENDED);
  }

  /** Signs out the session a refresh token belongs to; unknown tokens are ignored. */
  async endByToken(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await this.dataSource.query(
      `UPDATE refresh_session SET revoked_at = now(), revoke_reason = 'logout'
        WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM refresh_session WHERE token_hash = $1)`,
      [hashToken(refreshToken)],
    );
  }

  /** The account's live sessions, newest use first. */
  async list(account: AuthenticatedAccount): Promise<SessionDto[]> {
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        user_agent: string | null;
        ip: string | null;
        created_at: Date;
        last_used_at: Date;
      }>
    >(
      `SELECT s.family_id AS id, s.user_agent, s.ip, s.last_used_at,
              (SELECT min(f.created_at) FROM refresh_session f WHERE f.family_id = s.family_id) AS created_at
         FROM refresh_session s
        WHERE s.account_id = $1 AND s.rotated_at IS NULL AND s.revoked_at IS NULL AND s.expires_at > now()
        ORDER BY s.last_used_at DESC`,
      [account.id],
    );
    return rows.map((r) => ({
      id: r.id,
      userAgent: r.user_agent,
      ip: r.ip,
      createdAt: new Date(r.created_at).toISOString(),
      lastUsedAt: new Date(r.last_used_at).toISOString(),
      current: r.id === account.sessionId,
    }));
  }

  /** Ends one of the caller's own sessions; another account's session id is "not found". */
  async revokeOne(account: AuthenticatedAccount, sessionId: string, client: ClientInfo): Promise<void> {
    const ended = await this.revoke({ accountId: account.id, familyId: sessionId }, 'revoked');
    if (!ended) throw new NotFoundError('No such session.');
    await this.audit.record({
      action: 'auth.session-revoked',
      accountId: account.id,
      ip: client.ip,
      userAgent: client.userAgent,
      details: { sessionId, current: sessionId === account.sessionId },
    });
  }

  /** Signs the caller out everywhere, this session included. */
  async revokeAllOf(account: AuthenticatedAccount, client: ClientInfo): Promise<void> {
    const count = await this.revoke({ accountId: account.id }, 'revoked-all');
    await this.audit.record({
      action: 'auth.sessions-revoked-all',
      accountId: account.id,
      ip: client.ip,
      userAgent: client.userAgent,
      details: { count },
    });
  }

  /** Ends sessions of an account: one, all, or all but one; returns how many ended. */
  async revoke(
    scope: { accountId: string; familyId?: string; exceptFamilyId?: string },
    reason: RevokeReason,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    if (scope.familyId !== undefined && !isUuid(scope.familyId)) return 0;
    const rows = await manager.query<Array<{ family_id: string }>>(
      `WITH r AS (UPDATE refresh_session SET revoked_at = now(), revoke_reason = $2
                   WHERE account_id = $1 AND revoked_at IS NULL
                     AND ($3::uuid IS NULL OR family_id = $3) AND ($4::uuid IS NULL OR family_id <> $4)
                     AND expires_at > now()
                   RETURNING family_id)
       SELECT DISTINCT family_id FROM r`,
      [scope.accountId, reason, scope.familyId ?? null, scope.exceptFamilyId ?? null],
    );
    return rows.length;
  }

  async activeRole(accountId: string, sessionId: string): Promise<Role | null> {
    if (!isUuid(accountId) || !isUuid(sessionId)) return null;
    const [row] = await this.dataSource.query<Array<{ role: Role }>>(
      `SELECT a.role FROM refresh_session s JOIN account a ON a.id = s.account_id
        WHERE s.family_id = $1 AND s.account_id = $2 AND s.rotated_at IS NULL
          AND s.revoked_at IS NULL AND s.expires_at > now() AND a.status = 'active'`,
      [sessionId, accountId],
    );
    return row?.role ?? null;
  }

  private async insertToken(
    m: EntityManager,
    accountId: string,
    familyId: string,
    client: ClientInfo,
  ): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await m.query(
      `INSERT INTO refresh_session (account_id, family_id, token_hash, user_agent, ip, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6))`,
      [
        accountId,
        familyId,
        hashToken(token),
        client.userAgent,
        client.ip,
        this.config.REFRESH_TOKEN_TTL_DAYS,
      ],
    );
    return token;
  }
}

const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
