import type { DataSource } from 'typeorm';
import { rows, type Queryable } from './queryable.util.js';

export interface WorkspaceWord {
  id: string;
  list: string;
  kind: 'word' | 'pattern';
  term: string;
  createdAt: Date;
}

/**
 * What a workspace set for its detection rules: threshold overrides, its own words and patterns, and the
 * publishing applications allowed per account.
 */
export class IncidentSettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async overrides(workspaceId: string): Promise<Record<string, Record<string, unknown>>> {
    const [row] = await rows<{ overrides: Record<string, Record<string, unknown>> }>(
      this.dataSource,
      `SELECT overrides FROM incident_rule_settings WHERE workspace_id = $1`,
      [workspaceId],
    );
    return row?.overrides ?? {};
  }

  async saveOverrides(
    workspaceId: string,
    overrides: Record<string, Record<string, unknown>>,
    q: Queryable = this.dataSource,
  ): Promise<void> {
    await q.query(
      `INSERT INTO incident_rule_settings (workspace_id, overrides, updated_at) VALUES ($1, $2, now())
       ON CONFLICT (workspace_id) DO UPDATE SET overrides = EXCLUDED.overrides, updated_at = now()`,
      [workspaceId, JSON.stringify(overrides)],
    );
  }

  async words(workspaceId: string): Promise<WorkspaceWord[]> {
    const list = await rows<{
      id: string;
      list: string;
      kind: 'word' | 'pattern';
      term: string;
      created_at: Date;
    }>(
      this.dataSource,
      `SELECT id, list, kind, term, created_at FROM incident_word WHERE workspace_id = $1 ORDER BY list, kind, term`,
      [workspaceId],
    );
    return list.map((r) => ({ id: r.id, list: r.list, kind: r.kind, term: r.term, createdAt: r.created_at }));
  }

  /** Adds a word or pattern; true when it was new. */
  async addWord(
    workspaceId: string,
    word: { list: string; kind: 'word' | 'pattern'; term: string },
    q: Queryable = this.dataSource,
  ): Promise<boolean> {
    const inserted = await rows<{ id: string }>(
      q,
      `INSERT INTO incident_word (workspace_id, list, kind, term) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id, list, kind, term) DO NOTHING RETURNING id`,
      [workspaceId, word.list, word.kind, word.term],
    );
    return inserted.length > 0;
  }

  /** Removes a word or pattern; true when there was one. */
  async removeWord(
    workspaceId: string,
    word: { list: string; kind: 'word' | 'pattern'; term: string },
    q: Queryable = this.dataSource,
  ): Promise<boolean> {
    // TypeORM returns [rows, affected] for DELETE.
    const [, affected] = (await q.query(
      `DELETE FROM incident_word WHERE workspace_id = $1 AND list = $2 AND kind = $3 AND term = $4`,
      [workspaceId, word.list, word.kind, word.term],
    )) as [unknown[], number];
    return affected > 0;
  }

  /** Allowed publishing applications by account id (accounts without an allow-list are absent). */
  async allowedApplications(workspaceId: string): Promise<Map<string, string[]>> {
    const list = await rows<{ account_id: string; application: string }>(
      this.dataSource,
      `SELECT account_id, application FROM incident_allowed_application WHERE workspace_id = $1 ORDER BY application`,
      [workspaceId],
    );
    const byAccount = new Map<string, string[]>();
    for (const r of list)
      byAccount.set(r.account_id, [...(byAccount.get(r.account_id) ?? []), r.application]);
    return byAccount;
  }

  async allowApplication(
    workspaceId: string,
    accountId: string,
    application: string,
    q: Queryable = this.dataSource,
  ): Promise<boolean> {
    const inserted = await rows<{ id: string }>(
      q,
      `INSERT INTO incident_allowed_application (workspace_id, account_id, application) VALUES ($1, $2, $3)
       ON CONFLICT (account_id, application) DO NOTHING RETURNING id`,
      [workspaceId, accountId, application],
    );
    return inserted.length > 0;
  }

  async disallowApplication(
    workspaceId: string,
    accountId: string,
    application: string,
    q: Queryable = this.dataSource,
  ): Promise<boolean> {
    const [, affected] = (await q.query(
      `DELETE FROM incident_allowed_application WHERE workspace_id = $1 AND account_id = $2 AND application = $3`,
      [workspaceId, accountId, application],
    )) as [unknown[], number];
    return affected > 0;
  }
}
