import { Injectable } from '@nestjs/common';
import {
  checkPattern,
  resolveRuleSettings,
  wordPattern,
  type IncidentRuleOverrides,
  type IncidentRuleSettings,
} from '#domain';
import { AuditLogService, IncidentSettingsRepository } from '#persistence';
import { DataSource } from 'typeorm';
import type { LedgerActor } from './incident-journal.writer.js';

/**
 * Changes to how a workspace's rules judge: thresholds, its own words and patterns, the applications
 * allowed per account. Each change is checked before it is stored and recorded in the audit log: a rule
 * switched off is as much a fact for an auditor as an incident.
 */
@Injectable()
export class IncidentSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: IncidentSettingsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async current(
    workspaceId: string,
  ): Promise<{ settings: IncidentRuleSettings; overrides: IncidentRuleOverrides }> {
    const overrides = await this.settings.overrides(workspaceId);
    return { settings: resolveRuleSettings(overrides), overrides: overrides as IncidentRuleOverrides };
  }

  /** Merges overrides into the workspace's (`null` for a field: back to the default). Returns the result. */
  async change(
    workspaceId: string,
    changes: IncidentRuleOverrides[],
    by: LedgerActor,
  ): Promise<IncidentRuleSettings> {
    const before = await this.settings.overrides(workspaceId);
    const after: Record<string, Record<string, unknown>> = structuredClone(before);
    for (const change of changes) {
      for (const [rule, fields] of Object.entries(change)) {
        after[rule] = { ...(after[rule] ?? {}), ...(fields as Record<string, unknown>) };
      }
    }
    const resolved = resolveRuleSettings(after);
    await this.dataSource.transaction(async (m) => {
      await this.settings.saveOverrides(workspaceId, after, m);
      await this.audit.record(
        {
          workspaceId,
          action: 'incident_rules.changed',
          entityType: 'incident_rules',
          entityId: workspaceId,
          actor: by.actor,
          occurredAt: by.at,
          payload: { before, after },
        },
        m,
      );
    });
    return resolved;
  }

  async addWord(
    workspaceId: string,
    word: { list: string; kind: 'word' | 'pattern'; term: string },
    by: LedgerActor,
  ): Promise<boolean> {
    const term = word.term.trim();
    if (!/^[a-z][a-z0-9-]*$/.test(word.list))
      throw new Error(`list names are lower-case letters, digits and -, got "${word.list}"`);
    if (word.kind === 'pattern') checkPattern(term);
    else wordPattern(term);
    return this.wordChange(workspaceId, { ...word, term }, by, 'added', (m) =>
      this.settings.addWord(workspaceId, { ...word, term }, m),
    );
  }

  async removeWord(
    workspaceId: string,
    word: { list: string; kind: 'word' | 'pattern'; term: string },
    by: LedgerActor,
  ): Promise<boolean> {
    return this.wordChange(workspaceId, word, by, 'removed', (m) =>
      this.settings.removeWord(workspaceId, word, m),
    );
  }

  async allowApplication(
    workspaceId: string,
    account: { id: string; handle: string },
    application: string,
    by: LedgerActor,
  ): Promise<boolean> {
    return this.applicationChange(workspaceId, account, application.trim(), by, true);
  }

  async disallowApplication(
    workspaceId: string,
    account: { id: string; handle: string },
    application: string,
    by: LedgerActor,
  ): Promise<boolean> {
    return this.applicationChange(workspaceId, account, application.trim(), by, false);
  }

  private async wordChange(
    workspaceId: string,
    word: { list: string; kind: string; term: string },
    by: LedgerActor,
    verb: 'added' | 'removed',
    write: (m: import('typeorm').EntityManager) => Promise<boolean>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const changed = await write(m);
      if (changed)
        await this.audit.record(
          {
            workspaceId,
            action: `incident_words.${verb}`,
            entityType: 'incident_word',
            entityId: `${word.list}:${word.kind}:${word.term}`,
            actor: by.actor,
            occurredAt: by.at,
            payload: word,
          },
          m,
        );
      return changed;
    });
  }

  private async applicationChange(
    workspaceId: string,
    account: { id: string; handle: string },
    application: string,
    by: LedgerActor,
    allow: boolean,
  ): Promise<boolean> {
    if (!application) throw new Error('an application needs a name');
    return this.dataSource.transaction(async (m) => {
      const changed = allow
        ? await this.settings.allowApplication(workspaceId, account.id, application, m)
        : await this.settings.disallowApplication(workspaceId, account.id, application, m);
      if (changed)
        await this.audit.record(
          {
            workspaceId,
            action: allow ? 'incident_applications.allowed' : 'incident_applications.disallowed',
            entityType: 'account',
            entityId: account.id,
            actor: by.actor,
            occurredAt: by.at,
            payload: { account: account.handle, application },
          },
          m,
        );
      return changed;
    });
  }
}
