import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  IncidentActionsService,
  IncidentLedgerService,
  IncidentMergedError,
  IncidentMergeError,
  IncidentReportError,
  type EvidenceFile,
} from '#collectors';
import { findRosterGroup, type IncidentKind, type IncidentSeverity } from '#domain';
import {
  AccountRepository,
  AssignmentRepository,
  IncidentRepository,
  OperatorRepository,
} from '#persistence';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { fieldError } from '../accounts/accounts.service.js';
import type { ChangeIncidentStatusDto, ReportIncidentDto } from './incident-writes.dto.js';

/**
 * What people do to the incident register through the API: report an incident (with evidence files), change
 * its status, comment. The incident services of the ledger do the work and write the timeline and the audit
 * log in the same transaction; this service checks the request against the workspace first, so that an id of
 * another workspace is "not found" and a bad field is named.
 */
@Injectable()
export class IncidentWritesService {
  constructor(
    private readonly ledger: IncidentLedgerService,
    private readonly actions: IncidentActionsService,
    private readonly incidents: IncidentRepository,
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  async report(
    access: WorkspaceAccess,
    input: ReportIncidentDto,
    evidence: EvidenceFile[],
  ): Promise<{ id: string; merged: boolean }> {
    const now = new Date();
    const occurredAt = input.occurredAt ?? now;
    if (occurredAt > now) throw fieldError('occurredAt', 'occurredAt must not be in the future');
    if (input.itemExternalId && !input.accountId)
      throw fieldError('itemExternalId', 'itemExternalId needs accountId: item ids are per account');
    evidence.forEach((file, i) => {
      if (file.content.length === 0)
        throw fieldError(`evidence[${i}]`, `evidence[${i}] (${file.fileName}) is empty`);
    });
    const who = await this.subject(access.workspace.id, input.accountId, input.operatorId, occurredAt);
    if (
      who.accountId &&
      input.itemExternalId &&
      !(await this.incidents.publishedItemExists(access.workspace.id, who.accountId, input.itemExternalId))
    )
      throw fieldError(
        'itemExternalId',
        `itemExternalId: the account has published no item with the id "${input.itemExternalId}"`,
      );
    return this.reportManual(access, input, occurredAt, now, evidence, who);
  }

  private async reportManual(
    access: WorkspaceAccess,
    input: ReportIncidentDto,
    occurredAt: Date,
    now: Date,
    evidence: EvidenceFile[],
    who: { accountId: string | null; operatorId: string | null; sourcingGroup: string | null },
  ): Promise<{ id: string; merged: boolean }> {
    try {
      return await this.ledger.reportManual(
        access.workspace.id,
        {
          kind: input.kind,
          severity: input.severity,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          occurredAt,
          itemExternalId: input.itemExternalId ?? null,
          evidence,
          ...who,
        },
        { actor: access.actor, at: now },
      );
    } catch (error) {
      // The ledger checks again inside its transaction (an item gone meanwhile): still a named field.
      if (error instanceof IncidentReportError) throw fieldError(error.field, error.message);
      throw error;
    }
  }

  /** A person sets the severity or the kind, with the reason (timeline and audit log). */
  async setSeverity(access: WorkspaceAccess, id: string, severity: IncidentSeverity, reason: string) {
    await this.mustFind(access.workspace.id, id);
    if (!reason.trim()) throw fieldError('reason', 'reason must not be blank');
    await notMerged(
      this.actions.setSeverity(access.workspace.id, id, severity, {
        actor: access.actor,
        at: new Date(),
        reason: reason.trim(),
      }),
    );
  }

  async setKind(access: WorkspaceAccess, id: string, kind: IncidentKind, reason: string) {
    await this.mustFind(access.workspace.id, id);
    if (!reason.trim()) throw fieldError('reason', 'reason must not be blank');
    await notMerged(
      this.actions.setKind(access.workspace.id, id, kind, {
        actor: access.actor,
        at: new Date(),
        reason: reason.trim(),
      }),
    );
  }

  /**
   * A person merges a duplicate into the incident kept (docs/incidents.md): unknown ids are 404 (another
   * workspace's too), the same id twice or an incident already merged a 400 naming the field.
   */
  async merge(access: WorkspaceAccess, keepId: string, duplicateId: string, reason: string): Promise<void> {
    await this.mustFind(access.workspace.id, keepId);
    if (!reason.trim()) throw fieldError('reason', 'reason must not be blank');
    if (duplicateId === keepId)
      throw fieldError('duplicateId', `duplicateId is the incident kept (${keepId}): nothing to merge`);
    try {
      await this.actions.merge(access.workspace.id, keepId, duplicateId, {
        actor: access.actor,
        at: new Date(),
        reason: reason.trim(),
      });
    } catch (error) {
      if (!(error instanceof IncidentMergeError)) throw error;
      if (error.notFound) throw new NotFoundException(error.message);
      throw fieldError(error.field, `${error.field}: ${error.message}`);
    }
  }

  async changeStatus(access: WorkspaceAccess, id: string, input: ChangeIncidentStatusDto) {
    const now = new Date();
    const incident = await this.mustFind(access.workspace.id, id);
    if (input.at) {
      if (input.at > now) throw fieldError('at', 'at must not be in the future');
      if (input.at < incident.occurredAt)
        throw fieldError(
          'at',
          `at must not be before the incident occurred (${incident.occurredAt.toISOString()})`,
        );
      if (input.status === 'open' || input.status === 'dismissed')
        throw fieldError(
          'at',
          'at is the time of containment or resolution: only with contained or resolved',
        );
    }
    await notMerged(
      this.actions.changeStatus(access.workspace.id, id, input.status, {
        actor: access.actor,
        at: now,
        note: input.note?.trim() || null,
        effectiveAt: input.at ?? null,
      }),
    );
  }

  async attach(access: WorkspaceAccess, id: string, file: EvidenceFile): Promise<void> {
    await this.mustFind(access.workspace.id, id);
    if (file.content.length === 0) throw fieldError('file', `file (${file.fileName}) is empty`);
    await this.actions.attachEvidence(access.workspace.id, id, file, { actor: access.actor, at: new Date() });
  }

  async comment(access: WorkspaceAccess, id: string, text: string): Promise<void> {
    await this.mustFind(access.workspace.id, id);
    if (!text.trim()) throw fieldError('text', 'text must not be blank');
    await this.actions.comment(access.workspace.id, id, text.trim(), { actor: access.actor, at: new Date() });
  }

  private async mustFind(workspaceId: string, id: string) {
    const incident = await this.incidents.findById(workspaceId, id);
    if (!incident) throw new NotFoundException(`No incident ${id}`);
    return incident;
  }

  /** The account, operator and sourcing group a report names, frozen as they are when it occurred. */
  private async subject(
    workspaceId: string,
    accountId: string | undefined,
    operatorId: string | undefined,
    occurredAt: Date,
  ): Promise<{ accountId: string | null; operatorId: string | null; sourcingGroup: string | null }> {
    const account = accountId ? await this.accounts.findById(workspaceId, accountId) : null;
    if (accountId && !account)
      throw fieldError('accountId', `accountId: no account ${accountId} in this workspace`);
    const operator = operatorId ? await this.operators.findById(workspaceId, operatorId) : null;
    if (operatorId && !operator)
      throw fieldError('operatorId', `operatorId: no operator ${operatorId} in this workspace`);
    // The group the operator was in when it occurred, not the group today.
    let sourcingGroup = operator ? await this.operators.groupAt(workspaceId, operator.id, occurredAt) : null;
    if (!operator && account) {
      // Nobody named: the group on shift on the account at the time, as the CLI's report-manual does.
      const [operators, assignments] = await Promise.all([
        this.operators.listFacts(workspaceId),
        this.assignments.listFacts(workspaceId),
      ]);
      sourcingGroup = findRosterGroup({ operators, assignments }, account.id, occurredAt, account.timeZone);
    }
    return { accountId: account?.id ?? null, operatorId: operator?.id ?? null, sourcingGroup };
  }
}

/** A change to a merged incident is a conflict with its state (409), naming the incident it went into. */
async function notMerged<T>(change: Promise<T>): Promise<T> {
  try {
    return await change;
  } catch (error) {
    if (error instanceof IncidentMergedError)
      throw new ConflictException({ code: 'incident_merged', message: error.message });
    throw error;
  }
}
