import { Injectable } from '@nestjs/common';
import { isTimeZone, notATimeZone } from '#domain';
import {
  AuditLogService,
  ReportBrandingRepository,
  WorkspaceRepository,
  type ReportBrandingEntity,
  type WorkspaceEntity,
} from '#persistence';
import { ReportBrandingService } from '#reporting';
import { DataSource } from 'typeorm';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { fieldError } from '../accounts/accounts.service.js';
import type { UpdateWorkspaceDto } from './workspace-settings.dto.js';

/** A workspace's own settings (name, time zone, language) and its report branding; each change audited. */
@Injectable()
export class WorkspaceSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workspaces: WorkspaceRepository,
    private readonly brandingRepository: ReportBrandingRepository,
    private readonly branding: ReportBrandingService,
    private readonly audit: AuditLogService,
  ) {}

  readBranding(workspaceId: string): Promise<ReportBrandingEntity | null> {
    return this.brandingRepository.get(workspaceId);
  }

  async update(
    access: WorkspaceAccess,
    input: UpdateWorkspaceDto,
  ): Promise<{ workspace: WorkspaceEntity; branding: ReportBrandingEntity | null }> {
    const current = access.workspace;
    const settings: Partial<Pick<WorkspaceEntity, 'name' | 'timeZone' | 'locale'>> = {};
    if (input.name !== undefined) {
      if (!input.name.trim()) throw fieldError('name', 'name must not be blank');
      settings.name = input.name.trim();
    }
    if (input.timeZone !== undefined) {
      if (!isTimeZone(input.timeZone))
        throw fieldError('timeZone', `timeZone ${notATimeZone(input.timeZone)}`);
      settings.timeZone = input.timeZone;
    }
    if (input.locale !== undefined) settings.locale = input.locale;
    const branding = input.branding ?? {};
    if (Object.keys(settings).length === 0 && Object.keys(branding).length === 0)
      throw fieldError('body', 'body has nothing to change: give name, timeZone, locale or branding');

    const changed = Object.fromEntries(
      Object.entries(settings).filter(([k, v]) => current[k as keyof typeof settings] !== v),
    );
    // Settings, branding and their audit entries commit together, or none of them does.
    const workspace = await this.dataSource.transaction(async (m) => {
      const updated = await this.workspaces.updateSettings(current.id, settings, m);
      if (Object.keys(changed).length > 0)
        await this.audit.record(
          {
            workspaceId: current.id,
            action: 'workspace.changed',
            entityType: 'workspace',
            entityId: current.id,
            actor: access.actor,
            payload: {
              changes: Object.fromEntries(
                Object.entries(changed).map(([k, to]) => [
                  k,
                  { from: current[k as keyof typeof settings], to },
                ]),
              ),
            },
          },
          m,
        );
      if (Object.keys(branding).length > 0)
        // The branding service records its own audit entry (report_branding.changed), as on the command line.
        await this.branding.update(updated, branding, new Date(), m);
      return updated;
    });
    return { workspace, branding: await this.readBranding(workspace.id) };
  }
}
