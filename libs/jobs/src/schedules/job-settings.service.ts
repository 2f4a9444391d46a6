import { Injectable } from '@nestjs/common';
import { AuditLogService, JobSettingsRepository, type JobSettingsOverrides } from '#persistence';
import { DataSource } from 'typeorm';
import { resolveJobSettings, type JobSettings } from './job-settings.util.js';

export interface JobSettingsChange {
  settings: JobSettings;
  /** The settings whose effective value changed, before and after; empty when nothing changed. */
  changes: Partial<Record<keyof JobSettings, { from: unknown; to: unknown }>>;
}

/**
 * Changing a workspace's schedule. Turning collection (and with it scheduled detection) off is a change an
 * auditor must be able to see, so every change is stored with its `jobs_settings.changed` entry (from/to of
 * each effective setting) in one transaction. Saving values that change nothing writes no entry.
 */
@Injectable()
export class JobSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: JobSettingsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async current(workspaceId: string): Promise<JobSettings> {
    return resolveJobSettings(await this.settings.find(workspaceId));
  }

  async change(
    workspaceId: string,
    overrides: JobSettingsOverrides,
    /** Default: the audit log's default actor (LEDGER_ACTOR, or the program and the user). */
    actor?: string,
  ): Promise<JobSettingsChange> {
    return this.dataSource.transaction(async (m) => {
      const before = resolveJobSettings(await this.settings.find(workspaceId, m));
      const after = resolveJobSettings(await this.settings.save(workspaceId, overrides, m));
      const changes = changedSettings(before, after);
      if (Object.keys(changes).length > 0)
        await this.audit.record(
          {
            workspaceId,
            action: 'jobs_settings.changed',
            entityType: 'workspace',
            entityId: workspaceId,
            actor,
            payload: { changes },
          },
          m,
        );
      return { settings: after, changes };
    });
  }
}

/** The settings that differ, compared as JSON (the engagement curve and the formats are arrays). */
export function changedSettings(before: JobSettings, after: JobSettings): JobSettingsChange['changes'] {
  const changes: JobSettingsChange['changes'] = {};
  for (const key of Object.keys(after) as (keyof JobSettings)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}
