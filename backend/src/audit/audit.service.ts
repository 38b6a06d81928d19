import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity';
import { decodeCursor, encodeCursor } from './history-cursor';
import { normalizeIp } from './ip-address';
import { IpPlaceResolver } from './ip-place';
import { summarizeUserAgent } from './user-agent-summary';

export type AuditAction =
  | 'account.registered'
  | 'auth.sign-in'
  | 'auth.sign-in-failed'
  | 'auth.locked'
  | 'auth.password-changed'
  | 'auth.password-reset'
  | 'auth.session-revoked'
  | 'auth.sessions-revoked-all'
  | 'auth.two-factor-enabled'
  | 'auth.two-factor-disabled'
  | 'account.email-changed'
  // Open for the features to come (reads of medical data, profile changes, …).
  | string;

export interface AuditEventInput {
  action: AuditAction;
  accountId?: string | null;
  profileId?: string | null;
  success?: boolean;
  ip?: string | null;
  userAgent?: string | null;
  /** Anything else worth keeping; for `auth.sign-in-failed`, `reason` is shown to the user. */
  details?: Record<string, unknown>;
}

/** One line of a user's sign-in history. */
export interface SignInEntry {
  at: Date;
  success: boolean;
  ip: string | null;
  /** "Chrome, Windows" — see {@link summarizeUserAgent}. */
  device: string | null;
  /** "local network", "City, Country" with a GeoIP database, else `null`. */
  place: string | null;
  /** Why a failed sign-in failed (`details.reason` of the event), `null` for successes. */
  reason: string | null;
}

/** The events that make up the sign-in history. */
export const SIGN_IN_ACTIONS: readonly AuditAction[] = ['auth.sign-in', 'auth.sign-in-failed'];

export const HISTORY_DEFAULT_LIMIT = 20;
export const HISTORY_MAX_LIMIT = 100;
const USER_AGENT_MAX = 512;

interface HistoryRow {
  event_id: string;
  at: Date;
  at_micros: string;
  action: string;
  success: boolean | null;
  ip: string | null;
  user_agent: string | null;
  reason: string | null;
}

/**
 * The audit trail: what happened on accounts and profiles, when, and from where. Writing is
 * append-only (there is no update or delete here); see {@link AuditEvent} for retention.
 */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly places: IpPlaceResolver,
  ) {}

  /**
   * Appends one event. Pass the caller's transaction `manager` so the event commits or rolls
   * back with the change it describes. An address that is not an IP is stored as `null`.
   */
  async record(event: AuditEventInput, manager?: EntityManager): Promise<void> {
    if (!event.action) throw new Error('AuditService.record: action is required');
    await (manager ?? this.db.manager).insert(AuditEvent, {
      action: event.action,
      accountId: event.accountId ?? null,
      profileId: event.profileId ?? null,
      success: event.success ?? null,
      ip: normalizeIp(event.ip),
      userAgent: event.userAgent ? event.userAgent.slice(0, USER_AGENT_MAX) : null,
      details: event.details ?? {},
    });
  }

  /**
   * The account's sign-ins and failed sign-ins, newest first, a page at a time. `nextCursor`
   * is `null` on the last page. `limit` is clamped to 1…{@link HISTORY_MAX_LIMIT}.
   */
  async signInHistory(
    accountId: string,
    options: { cursor?: string; limit?: number },
  ): Promise<{ items: SignInEntry[]; nextCursor: string | null }> {
    const limit = Math.min(
      Math.max(Math.trunc(options.limit ?? HISTORY_DEFAULT_LIMIT), 1),
      HISTORY_MAX_LIMIT,
    );
    const after = options.cursor ? decodeCursor(options.cursor) : null;
    // Microseconds computed exactly (integer parts only): the cursor must not lose precision.
    // The id goes out as `event_id`: an output column named `id` would make ORDER BY sort text.
    const rows: HistoryRow[] = await this.db.query(
      `SELECT id::text AS event_id, at, action, success, host(ip) AS ip, user_agent,
              details->>'reason' AS reason,
              (extract(epoch FROM date_trunc('second', at))::bigint * 1000000
                + extract(microseconds FROM at)::bigint % 1000000)::text AS at_micros
         FROM audit_event
        WHERE account_id = $1 AND action = ANY($2::text[])
          AND ($3::bigint IS NULL
               OR (at, id) < (timestamptz 'epoch' + $3::bigint * interval '1 microsecond', $4::bigint))
        ORDER BY at DESC, id DESC
        LIMIT $5`,
      [accountId, SIGN_IN_ACTIONS, after?.atMicros ?? null, after?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => this.toEntry(row)),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ atMicros: last.at_micros, id: last.event_id }) : null,
    };
  }

  private toEntry(row: HistoryRow): SignInEntry {
    const success = row.success ?? row.action === 'auth.sign-in';
    return {
      at: row.at,
      success,
      ip: row.ip,
      device: summarizeUserAgent(row.user_agent),
      place: this.places.place(row.ip),
      reason: success ? null : row.reason,
    };
  }
}
