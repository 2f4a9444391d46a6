import { Injectable } from '@nestjs/common';
import {
  AuditLogService,
  ReportBrandingRepository,
  type ReportBrandingChange,
  type ReportBrandingEntity,
  type WorkspaceEntity,
} from '#persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { sha256Hex } from '../archive/data-fingerprint.util.js';
import type { ReportLocale } from '../monthly/monthly-report.model.js';
import { logoDataUriFromFile } from './logo-data-uri.util.js';
import { normaliseColour, resolveBranding, type ReportBranding } from './report-branding.model.js';

export const REPORT_LOCALES: readonly ReportLocale[] = ['en', 'de'];

/** What a person may change; null clears a field (back to the default), undefined leaves it. */
export interface BrandingUpdate {
  name?: string | null;
  /** A PNG or SVG file, stored as a data URI. */
  logoFile?: string | null;
  primaryColour?: string | null;
  accentColour?: string | null;
  footer?: string | null;
  locale?: string | null;
}

export function isReportLocale(value: unknown): value is ReportLocale {
  return typeof value === 'string' && (REPORT_LOCALES as readonly string[]).includes(value);
}

/** A workspace's report branding and language, as stored and as a report uses them. */
@Injectable()
export class ReportBrandingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly branding: ReportBrandingRepository,
    private readonly audit: AuditLogService,
  ) {}

  /**
   * Branding and locale of the workspace's reports: the request's locale wins, then the branding's, then the
   * workspace's own; English when none of them is a report language.
   */
  async resolve(
    workspace: Pick<WorkspaceEntity, 'id' | 'name' | 'locale'>,
    requestedLocale?: string | null,
  ): Promise<{ branding: ReportBranding; locale: ReportLocale }> {
    const stored = await this.branding.get(workspace.id);
    const locale = [requestedLocale, stored?.locale, workspace.locale].find(isReportLocale) ?? 'en';
    return { branding: resolveBranding(workspace.name, stored), locale };
  }

  /** `manager`: a transaction of the caller's to join; without one, the change and its entry get their own. */
  async update(
    workspace: Pick<WorkspaceEntity, 'id'>,
    update: BrandingUpdate,
    at: Date,
    manager?: EntityManager,
  ): Promise<ReportBrandingEntity> {
    if (!manager) return this.dataSource.transaction((m) => this.update(workspace, update, at, m));
    const change: ReportBrandingChange = {};
    if (update.name !== undefined) change.displayName = blankToNull(update.name);
    if (update.footer !== undefined) change.footerText = blankToNull(update.footer);
    if (update.primaryColour !== undefined)
      change.primaryColour = update.primaryColour === null ? null : normaliseColour(update.primaryColour);
    if (update.accentColour !== undefined)
      change.accentColour = update.accentColour === null ? null : normaliseColour(update.accentColour);
    if (update.locale !== undefined) {
      if (update.locale !== null && !isReportLocale(update.locale))
        throw new Error(
          `The report language must be one of ${REPORT_LOCALES.join(', ')}, got "${update.locale}"`,
        );
      change.locale = update.locale;
    }
    if (update.logoFile !== undefined)
      change.logoDataUri = update.logoFile === null ? null : await logoDataUriFromFile(update.logoFile);
    const stored = await this.branding.update(workspace.id, change, at, manager);
    // Reports issued under a name are evidence too: who changed the name, colours or logo, and when.
    const { logoDataUri, ...fields } = change;
    await this.audit.record(
      {
        workspaceId: workspace.id,
        action: 'report_branding.changed',
        entityType: 'report_branding',
        entityId: workspace.id,
        occurredAt: at,
        payload: {
          ...fields,
          ...(logoDataUri !== undefined
            ? { logoSha256: logoDataUri === null ? null : sha256Hex(logoDataUri) }
            : {}),
        },
      },
      manager,
    );
    return stored;
  }
}

function blankToNull(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
