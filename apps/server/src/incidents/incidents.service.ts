import { Injectable, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { addDays, dayStart } from '#domain';
import {
  AuditLogRepository,
  IncidentRepository,
  IncidentTimelineRepository,
  type IncidentFilter,
  type IncidentView,
  type WorkspaceEntity,
} from '#persistence';
import { fieldError } from '../accounts/accounts.service.js';
import { pageRequest, toPage, type Page } from '../http/pagination.js';
import { EvidenceDownload } from './evidence-download.service.js';
import {
  toIncidentDetailDto,
  type AuditPageDto,
  type IncidentDetailDto,
  type IncidentQueryDto,
} from './incidents.dto.js';

/** The incident register and the audit log as they are read (IncidentWritesService changes the register). */
@Injectable()
export class IncidentsService {
  private readonly evidence: EvidenceDownload;

  constructor(
    private readonly incidents: IncidentRepository,
    private readonly timeline: IncidentTimelineRepository,
    private readonly audit: AuditLogRepository,
  ) {
    this.evidence = new EvidenceDownload(incidents, timeline, audit);
  }

  /** Sends one evidence file's bytes after checking their SHA-256 (404 unknown, 409 `evidence_altered`). */
  sendEvidence(res: Response, workspaceId: string, incidentId: string, evidenceId: string): Promise<void> {
    return this.evidence.send(res, workspaceId, incidentId, evidenceId);
  }

  /** One page of the register, newest first, paged by the database. */
  async page(workspace: WorkspaceEntity, q: IncidentQueryDto): Promise<Page<IncidentView>> {
    const request = pageRequest(q);
    return toPage(
      await this.incidents.page(workspace.id, filterOf(workspace, q), request),
      request,
      (i) => i,
    );
  }

  /** The kinds of incident the workspace has had (the register's filter offers these). */
  kinds(workspaceId: string): Promise<string[]> {
    return this.incidents.kinds(workspaceId);
  }

  async get(workspaceId: string, id: string): Promise<IncidentDetailDto> {
    const incident = await this.incidents.findById(workspaceId, id);
    if (!incident) throw new NotFoundException(`No incident ${id}`);
    const [events, files] = await Promise.all([
      this.timeline.listEvents([id]),
      this.timeline.listEvidence([id]),
    ]);
    return toIncidentDetailDto(incident, events, files);
  }

  async auditPage(workspaceId: string, after: number, limit: number): Promise<AuditPageDto> {
    const entries = await this.audit.pageOfChain(workspaceId, after, limit);
    return {
      data: entries.map((e) => ({
        seq: e.seq,
        occurredAt: e.occurredAt,
        actor: e.actor,
        action: e.action,
        entityType: e.entityType,
        entityId: e.entityId,
        payload: e.payload,
        prevHash: e.prevHash,
        hash: e.hash,
      })),
      next: entries.length === limit ? entries[entries.length - 1].seq : null,
    };
  }
}

function filterOf(workspace: WorkspaceEntity, q: IncidentQueryDto): IncidentFilter {
  const tz = workspace.timeZone;
  const from = q.from ? day(q.from, tz, 'from') : undefined;
  const to = q.to ? day(q.to, tz, 'to', 1) : undefined;
  if (from && to && to <= from) throw fieldError('to', `to (${q.to}) is before from (${q.from})`);
  return {
    from,
    to,
    statuses: q.status ? [q.status] : undefined,
    kinds: q.kind ? [q.kind] : undefined,
    severities: q.severity ? [q.severity] : undefined,
  };
}

function day(value: string, timeZone: string, field: string, offset = 0): Date {
  try {
    dayStart(value, timeZone);
    return dayStart(addDays(value, offset), timeZone);
  } catch (error) {
    throw fieldError(field, `${field}: ${(error as Error).message}`);
  }
}
