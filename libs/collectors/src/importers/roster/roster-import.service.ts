import { Injectable } from '@nestjs/common';
import { dayStart } from '#domain';
import {
  AccountRepository,
  AssignmentRepository,
  AuditLogService,
  CollectionRunRepository,
  OperatorRepository,
} from '#persistence';
import { DataSource } from 'typeorm';
import { AttributionService, type AttributionRunResult } from '../../attribution/attribution.service.js';
import { readRosterFile } from './roster-file.reader.js';
import type { RosterEntry, RosterRejection } from './roster.types.js';

export const ROSTER_SOURCE = 'import:roster';

export interface RosterImportResult {
  runId: string;
  entries: number;
  imported: number;
  rejections: RosterRejection[];
  attribution: AttributionRunResult;
  /** Operators created from signatures that the roster has now mapped to named people: removed. */
  operatorsReplaced: string[];
}

/**
 * Who runs which account: operators with their dated sourcing group memberships, signature aliases and
 * assignments (with shifts) from a roster file, then a fresh attribution pass so the numbers follow at once. Entries for
 * accounts the workspace does not have are rejected by line; the others are kept. Re-importing is harmless.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly runs: CollectionRunRepository,
    private readonly attribution: AttributionService,
    private readonly audit: AuditLogService,
  ) {}

  async import(file: string, options: { workspaceId: string; name: string }): Promise<RosterImportResult> {
    const { workspaceId } = options;
    const run = await this.runs.start(workspaceId, ROSTER_SOURCE, options.name, new Date());
    try {
      const read = await readRosterFile(file);
      // An entry with several bad fields has several rejections but is one entry.
      const entries = read.entries.length + new Set(read.rejected.map((r) => r.line)).size;
      const accounts = new Map(
        (await this.accounts.listByWorkspace(workspaceId)).map((a) => [a.handle.toLowerCase(), a]),
      );
      const rejections: RosterRejection[] = [...read.rejected];
      const accepted: (RosterEntry & { accountId: string; timeZone: string })[] = [];
      for (const entry of read.entries) {
        const account = accounts.get(entry.account.toLowerCase());
        if (!account) {
          rejections.push({
            line: entry.line,
            field: 'account',
            reason: `no account "${entry.account}" in this workspace (import its conversations first)`,
          });
        } else {
          accepted.push({ ...entry, accountId: account.id, timeZone: account.timeZone });
        }
      }
      rejections.sort((a, b) => a.line - b.line);

      // The roster's changes and their audit entry commit together; re-attribution and the clean-up of
      // operators it leaves unreferenced follow from them (each clean-up audited in its own transaction).
      await this.dataSource.transaction(async (m) => {
        await this.operators.upsertMany(
          workspaceId,
          [...new Set(accepted.map((e) => e.operator))].map((name) => ({ name, sourcingGroup: null })),
          m,
        );
        // Each line says the operator was in its group from its first day on: a person the roster moves
        // from the agency to staff keeps the agency for everything before the move (METRICS.md: group
        // membership has a validity period). A line's end closes the assignment, not the membership.
        await this.operators.recordGroups(
          workspaceId,
          accepted.map((e) => ({
            operatorName: e.operator,
            group: e.sourcingGroup,
            from: dayStart(e.from, e.timeZone),
          })),
          m,
        );
        await this.operators.upsertAliases(
          workspaceId,
          accepted
            .filter((e) => e.signature !== null)
            .map((e) => ({
              accountId: e.accountId,
              signature: e.signature as string,
              operatorName: e.operator,
            })),
          m,
        );
        await this.assignments.upsertMany(
          workspaceId,
          accepted.map((e) => ({
            accountId: e.accountId,
            operatorName: e.operator,
            validFrom: dayStart(e.from, e.timeZone),
            validTo: e.to === null ? null : dayStart(e.to, e.timeZone),
            shifts: e.shifts,
          })),
          m,
        );
        await this.audit.record(
          {
            workspaceId,
            action: 'roster.imported',
            entityType: 'collection_run',
            entityId: run.id,
            payload: {
              source: ROSTER_SOURCE,
              file: options.name,
              entries,
              imported: accepted.length,
              assignments: accepted.map(
                ({ account, operator, sourcingGroup, signature, from, to, shifts }) => ({
                  account,
                  operator,
                  sourcingGroup,
                  signature,
                  from,
                  to,
                  shifts,
                }),
              ),
            },
          },
          m,
        );
      });
      const attribution = await this.attribution.attributeWorkspace(workspaceId);
      const operatorsReplaced = await this.dataSource.transaction(async (m) => {
        const removed = await this.operators.deleteOrphanedUnassigned(workspaceId, m);
        if (removed.length > 0)
          await this.audit.record(
            {
              workspaceId,
              action: 'operator.removed',
              entityType: 'collection_run',
              entityId: run.id,
              payload: {
                operators: removed,
                reason: 'created from a signature the roster now maps to a person',
              },
            },
            m,
          );
        return removed;
      });
      await this.runs.finish(run.id, {
        status: rejections.length > 0 ? 'partial' : 'succeeded',
        finishedAt: new Date(),
        rowsRead: entries,
        rowsImported: accepted.length,
        rowsRejected: entries - accepted.length,
        rejections,
      });
      return {
        runId: run.id,
        entries,
        imported: accepted.length,
        rejections,
        attribution,
        operatorsReplaced,
      };
    } catch (error) {
      await this.runs.finish(run.id, {
        status: 'failed',
        finishedAt: new Date(),
        rowsRead: 0,
        rowsImported: 0,
        rowsRejected: 0,
        rejections: [],
        error: error instanceof Error ? error.message : String(error),
      });
      throw error;
    }
  }
}
