import { Injectable } from '@nestjs/common';
import { addDays, dayStart, InputError } from '#domain';
import {
  AccountRepository,
  AssignmentRepository,
  AuditLogRepository,
  AuditLogService,
  IncidentRepository,
  IncidentTimelineRepository,
  type ReportEntity,
  type WorkspaceEntity,
} from '#persistence';
import { dataFingerprint, DATA_FINGERPRINT_VERSION } from '../archive/data-fingerprint.util.js';
import {
  ReportArchiveService,
  type IssuedFile,
  type ReportFormat,
} from '../archive/report-archive.service.js';
import { brandingParameters } from '../branding/report-branding.model.js';
import { ReportBrandingService } from '../branding/report-branding.service.js';
import type { ReportLocale } from '../monthly/monthly-report.model.js';
import type { ReportArchiveRef } from '../report-document.js';
import { ReportRendererProvider } from '../report-renderer.provider.js';
import { buildIncidentAuditModel, type IncidentAuditInputs } from './incident-audit.builder.js';
import type { IncidentAuditModel } from './incident-audit.model.js';

export const INCIDENT_AUDIT_KIND = 'incident-audit';

export interface IncidentAuditRequest {
  /** First day, YYYY-MM-DD in the workspace's zone. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  /** Account handles (case-insensitive); none: every account, and incidents about no account. */
  accounts?: readonly string[];
  locale?: ReportLocale;
}

export interface IssueIncidentAuditOptions extends IncidentAuditRequest {
  formats: ReportFormat[];
  /** Folder for a convenience copy; the archive's own copy is written in any case. */
  outDir?: string;
  generatedAt?: Date;
}

export class IncidentAuditRequestError extends InputError {}

type ReportWorkspace = Pick<WorkspaceEntity, 'id' | 'name' | 'slug' | 'timeZone' | 'locale' | 'isDemo'>;
type AuditData = Omit<IncidentAuditInputs, 'workspace' | 'branding' | 'archive' | 'locale' | 'generatedAt'>;

/**
 * The incident audit report: for any period and set of accounts, each incident's timeline, operator and
 * group, the evidence as captured, the operator's assignment at the time and the audit-log entries about
 * it, with the workspace's audit chain verified when the report is issued. Archived like every report.
 */
@Injectable()
export class IncidentAuditService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly assignments: AssignmentRepository,
    private readonly incidents: IncidentRepository,
    private readonly timeline: IncidentTimelineRepository,
    private readonly auditLog: AuditLogRepository,
    private readonly audit: AuditLogService,
    private readonly branding: ReportBrandingService,
    private readonly renderers: ReportRendererProvider,
    private readonly archive: ReportArchiveService,
  ) {}

  async buildModel(
    workspace: ReportWorkspace,
    request: IncidentAuditRequest,
    now: Date,
  ): Promise<IncidentAuditModel> {
    const { branding, locale } = await this.branding.resolve(workspace, request.locale);
    const data = await this.load(workspace, request);
    return buildIncidentAuditModel({ ...data, workspace, branding, locale, archive: null, generatedAt: now });
  }

  async issue(
    workspace: ReportWorkspace,
    options: IssueIncidentAuditOptions,
  ): Promise<{ report: ReportEntity; files: IssuedFile[]; model: IncidentAuditModel }> {
    const { branding, locale } = await this.branding.resolve(workspace, options.locale);
    const data = await this.load(workspace, options);
    const archive: ReportArchiveRef = {
      reportId: this.archive.newReportId(),
      dataFingerprint: incidentAuditFingerprint(data),
    };
    const model = buildIncidentAuditModel({
      ...data,
      workspace,
      branding,
      locale,
      archive,
      generatedAt: options.generatedAt ?? new Date(),
    });
    const html = (await this.renderers.renderer()).renderIncidentAudit(model);
    const accountPart = data.accountFilter ? `-${data.accountFilter.map((a) => a.handle).join('+')}` : '';
    const { report, files } = await this.archive.issue({
      id: archive.reportId,
      workspaceId: workspace.id,
      kind: INCIDENT_AUDIT_KIND,
      periodFrom: data.period.from,
      periodTo: data.period.to,
      locale,
      parameters: {
        from: options.from,
        to: options.to,
        accounts: data.accountFilter?.map((a) => a.handle) ?? null,
        locale,
        formats: [...options.formats],
        generatedAt: model.generatedAt.toISOString(),
        branding: brandingParameters(branding),
        fingerprintVersion: DATA_FINGERPRINT_VERSION,
      },
      dataFingerprint: archive.dataFingerprint,
      html,
      formats: options.formats,
      outDir: options.outDir,
      baseName: safeFileName(
        `${INCIDENT_AUDIT_KIND}-${workspace.slug}-${options.from}_${options.to}${accountPart}.${locale}`,
      ),
    });
    return { report, files, model };
  }

  private async load(workspace: ReportWorkspace, request: IncidentAuditRequest): Promise<AuditData> {
    const period = daysPeriod(request.from, request.to, workspace.timeZone);
    const accounts = await this.accounts.listByWorkspace(workspace.id);
    const accountFilter = request.accounts?.length ? pickAccounts(accounts, request.accounts) : null;
    const incidents = await this.incidents.list(workspace.id, {
      from: period.from,
      to: period.to,
      accountIds: accountFilter?.map((a) => a.id),
    });
    const ids = incidents.map((i) => i.id);
    const [events, evidenceFiles, assignments, auditEntries, chain] = await Promise.all([
      this.timeline.listEvents(ids),
      this.timeline.listEvidence(ids),
      this.assignments.listFacts(workspace.id),
      this.auditLog.listForEntities(workspace.id, 'incident', ids),
      this.audit.verify(workspace.id),
    ]);
    return {
      period,
      accountFilter,
      incidents,
      events,
      evidenceFiles,
      accounts: accounts.map((a) => ({
        id: a.id,
        handle: a.handle,
        platform: a.platform,
        timeZone: a.timeZone,
      })),
      assignments,
      auditEntries,
      chain,
    };
  }
}

/** What an incident audit report rests on; the chain check is a result of the day, not a fact, and stays out. */
export function incidentAuditFingerprint(data: AuditData): string {
  const { chain: _chain, ...facts } = data;
  return dataFingerprint({ kind: INCIDENT_AUDIT_KIND, ...facts });
}

/** [first day's local midnight, the midnight after the last day). */
export function daysPeriod(from: string, to: string, timeZone: string): { from: Date; to: Date } {
  let start: Date;
  let end: Date;
  try {
    start = dayStart(from, timeZone);
    end = dayStart(addDays(to, 1), timeZone);
  } catch (error) {
    throw new IncidentAuditRequestError((error as Error).message);
  }
  if (!(start < end)) throw new IncidentAuditRequestError(`--to (${to}) is before --from (${from})`);
  return { from: start, to: end };
}

function pickAccounts<A extends { id: string; handle: string; platform: string }>(
  accounts: readonly A[],
  handles: readonly string[],
): A[] {
  const picked: A[] = [];
  for (const handle of handles) {
    const wanted = handle.replace(/^@/, '').toLowerCase();
    const found = accounts.filter((a) => a.handle.toLowerCase() === wanted);
    if (found.length === 0) {
      const known = accounts.map((a) => a.handle).sort();
      throw new IncidentAuditRequestError(
        `No account "${handle}" in this workspace. Known: ${known.length ? known.join(', ') : 'none'}`,
      );
    }
    for (const account of found) if (!picked.includes(account)) picked.push(account);
  }
  return picked.sort((a, b) => a.handle.localeCompare(b.handle));
}

// Handles may hold characters a file system dislikes; keep the name readable and safe.
function safeFileName(name: string): string {
  return name.replace(/[^\p{L}\p{N}._+-]+/gu, '_').slice(0, 180);
}
