import { Injectable, NotFoundException } from '@nestjs/common';
import { addDays, dayStart } from '#domain';
import {
  AuditLogRepository,
  IncidentRepository,
  IncidentTimelineRepository,
  type IncidentView,
  type WorkspaceEntity,
} from '#persistence';
import { fieldError } from '../accounts/accounts.service.js';
import {
  toIncidentDetailDto,
  type AuditPageDto,
  type IncidentDetailDto,
  type IncidentQueryDto,
} from './incidents.dto.js';

/** The incident register and the audit log, read-only here: detection and reporting write them. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly incidents: IncidentRepository,
    private readonly timeline: IncidentTimelineRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  /** Newest first: the register is read from the latest incident backwards. */
  async list(workspace: WorkspaceEntity, q: IncidentQueryDto): Promise<IncidentView[]> {
    const tz = workspace.timeZone;
    const from = q.from ? day(q.from, tz, 'from') : undefined;
    const to = q.to ? day(q.to, tz, 'to', 1) : undefined;
    if (from && to && to <= from) throw fieldError('to', `to (${q.to}) is before from (${q.from})`);
    const list = await this.incidents.list(workspace.id, {
      from,
      to,
      statuses: q.status ? [q.status] : undefined,
      kinds: q.kind ? [q.kind] : undefined,
    });
    return list.filter((i) => !q.severity || i.severity === q.severity).reverse();
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

function day(value: string, timeZone: string, field: string, offset = 0): Date {
  try {
    dayStart(value, timeZone);
    return dayStart(addDays(value, offset), timeZone);
  } catch (error) {
    throw fieldError(field, `${field}: ${(error as Error).message}`);
  }
}
