import type { ExportAccount, ExportFactsRepository, ExportOutboundFact } from '#persistence';
import type { CsvRejection } from '../csv/csv.types.js';
import type { EngagementCounts, ExportAccountRef, ExportItemRow } from './export-item.types.js';
import { toInstant } from './export-time.parser.js';
import type { ToolAttribution } from './tool-attribution.resolver.js';

export interface ExportFactsResult {
  accountsCreated: number;
  /** Outbound items inserted or changed. */
  outboundUpserted: number;
  inboundUpserted: number;
  /** Engagement snapshots inserted or changed. */
  snapshotsUpserted: number;
  /** Operators created because the tool named a sender nobody had registered: they await a group. */
  operatorsCreated: string[];
}

export interface ExportWriteOptions {
  workspaceId: string;
  source: string;
  capturedAt: Date | null;
  timeZone?: string;
  newAccountTimeZone: string;
}

/**
 * Stores one batch of export rows. Accounts are resolved once per import and kept; rows that repeat an
 * item of the same batch are folded into the last one (later rows of a file are the later state, and one
 * upsert statement must not touch a row twice). Returns the rows refused only now that their account's
 * time zone is known: a snapshot cannot be taken before the post was published.
 */
export class ExportBatchWriter {
  readonly result: ExportFactsResult;
  private readonly accounts = new Map<string, ExportAccount>();

  constructor(
    private readonly facts: ExportFactsRepository,
    private readonly toolAttribution: ToolAttribution,
    private readonly options: ExportWriteOptions,
  ) {
    this.result = {
      accountsCreated: 0,
      outboundUpserted: 0,
      inboundUpserted: 0,
      snapshotsUpserted: 0,
      operatorsCreated: toolAttribution.operatorsCreated,
    };
  }

  async write(rows: ExportItemRow[], lines: number[], createdAtField: string): Promise<CsvRejection[]> {
    if (rows.length === 0) return [];
    await this.resolveAccounts(rows.map((r) => r.account));
    const { capturedAt, timeZone } = this.options;
    const late: CsvRejection[] = [];
    const outbound = new Map<string, { row: ExportItemRow; account: ExportAccount; createdAt: Date }>();
    const inbound = new Map<string, { row: ExportItemRow; account: ExportAccount; createdAt: Date }>();
    rows.forEach((row, i) => {
      const account = this.accounts.get(accountKey(row.account))!;
      const createdAt = toInstant(row.createdAt, timeZone ?? account.timeZone);
      if (row.metrics !== null && capturedAt !== null && capturedAt.getTime() < createdAt.getTime()) {
        late.push({
          line: lines[i],
          field: createdAtField,
          reason:
            `${createdAtField} ${createdAt.toISOString()} is after the export time ${capturedAt.toISOString()} ` +
            `(read in time zone ${timeZone ?? account.timeZone}): check --time-zone and --exported-at`,
        });
        return;
      }
      const target = row.direction === 'outbound' ? outbound : inbound;
      const key = `${account.id}\u0000${row.externalId}`;
      target.delete(key);
      target.set(key, { row, account, createdAt });
    });

    const out = [...outbound.values()];
    const named = out.filter((o) => o.row.operatorName !== null);
    const attributions = await this.toolAttribution.attribute(
      named.map((o) => ({
        account: o.account,
        createdAt: o.createdAt,
        text: o.row.text,
        operatorName: o.row.operatorName!,
      })),
    );
    const byItem = new Map(named.map((o, i) => [o, attributions[i]]));
    const outboundFacts: ExportOutboundFact[] = out.map((o) => {
      const attribution = byItem.get(o) ?? null;
      return {
        accountId: o.account.id,
        externalId: o.row.externalId,
        kind: o.row.kind,
        isRepostOfOther: o.row.isRepostOfOther,
        createdAt: o.createdAt,
        text: o.row.text,
        inReplyToExternalId: o.row.inReplyToExternalId,
        conversationId: o.row.conversationId,
        operatorId: attribution?.operatorId ?? null,
        attributionSource: attribution ? 'tool' : null,
        signature: attribution?.signature ?? null,
      };
    });
    const { workspaceId, source } = this.options;
    this.result.outboundUpserted += await this.facts.upsertOutbound(workspaceId, source, outboundFacts);
    this.result.inboundUpserted += await this.facts.upsertInbound(
      workspaceId,
      source,
      [...inbound.values()].map(({ row, account, createdAt }) => ({
        accountId: account.id,
        externalId: row.externalId,
        kind: row.kind,
        authorExternalId: row.authorExternalId ?? '',
        createdAt,
        text: row.text,
        inReplyToExternalId: row.inReplyToExternalId,
        conversationId: row.conversationId,
      })),
    );
    if (capturedAt !== null) {
      this.result.snapshotsUpserted += await this.facts.upsertSnapshots(
        workspaceId,
        capturedAt,
        out
          .filter((o) => o.row.metrics !== null)
          .map((o) => ({
            accountId: o.account.id,
            externalId: o.row.externalId,
            ...(o.row.metrics as EngagementCounts),
          })),
      );
    }
    return late;
  }

  private async resolveAccounts(refs: ExportAccountRef[]): Promise<void> {
    const missing = new Map<string, ExportAccountRef>();
    for (const ref of refs) {
      const key = accountKey(ref);
      if (!this.accounts.has(key)) missing.set(key, ref);
    }
    if (missing.size === 0) return;
    const { accounts, created } = await this.facts.resolveAccounts(
      this.options.workspaceId,
      [...missing.values()],
      this.options.newAccountTimeZone,
    );
    [...missing.keys()].forEach((key, i) => this.accounts.set(key, accounts[i]));
    this.result.accountsCreated += created;
  }
}

function accountKey(ref: ExportAccountRef): string {
  return `${ref.platform}\u0000${ref.externalId ?? ''}\u0000${(ref.handle ?? '').toLowerCase()}`;
}
