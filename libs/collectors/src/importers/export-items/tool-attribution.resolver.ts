import {
  attributeOutbound,
  buildAttributionLookups,
  normaliseOperatorName,
  type AttributionLookups,
} from '#domain';
import type { AssignmentRepository, ExportAccount, OperatorRepository } from '#persistence';

export interface NamedOutbound {
  account: ExportAccount;
  createdAt: Date;
  text: string;
  /** The sender the tool names. */
  operatorName: string;
}

export interface ToolAttributionResult {
  operatorId: string;
  signature: string | null;
}

/**
 * Attribution of outbound items whose export names the sender (METRICS.md step 2, source `tool`), with the
 * domain's attributeOutbound so names match as everywhere else (case- and space-insensitive, a shared name
 * settled by the account's assignments). A name no operator has yet becomes an operator awaiting a group,
 * as unknown signatures do. Items whose name settles nothing (ambiguous) get null: the workspace's
 * attribution pass then tries signature and roster, as for any item without a name.
 * One instance per import: it keeps the operator lookups between batches and reloads them when it adds one.
 */
export class ToolAttribution {
  readonly operatorsCreated: string[] = [];
  private lookups: AttributionLookups | null = null;

  constructor(
    private readonly workspaceId: string,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
  ) {}

  async attribute(items: NamedOutbound[]): Promise<(ToolAttributionResult | null)[]> {
    if (items.length === 0) return [];
    let lookups = this.lookups ?? (await this.loadLookups());
    let results = items.map((item) => attribute(item, lookups));
    // One operator per person however the export spells them (`jonas  weber`, `Jonas Weber`): two would
    // share a name and make every later match ambiguous. A capitalised spelling is preferred to name them.
    const unknown = new Map<string, string>();
    for (const r of results) {
      if (!r.unknownOperatorName) continue;
      const key = normaliseOperatorName(r.unknownOperatorName);
      const spelling = r.unknownOperatorName.replace(/\s+/g, ' ');
      const seen = unknown.get(key);
      if (seen === undefined || (seen === seen.toLowerCase() && spelling !== spelling.toLowerCase()))
        unknown.set(key, spelling);
    }
    if (unknown.size > 0) {
      const known = new Set(
        (await this.operators.listByWorkspace(this.workspaceId)).map((o) => normaliseOperatorName(o.name)),
      );
      const fresh = [...unknown].filter(([key]) => !known.has(key)).map(([, name]) => name);
      await this.operators.upsertMany(
        this.workspaceId,
        fresh.map((name) => ({ name, sourcingGroup: null })),
      );
      this.operatorsCreated.push(...fresh);
      lookups = await this.loadLookups();
      results = items.map((item) => attribute(item, lookups));
    }
    return results.map((r) =>
      r.source === 'tool' && r.operatorId !== null
        ? { operatorId: r.operatorId, signature: r.signature }
        : null,
    );
  }

  private async loadLookups(): Promise<AttributionLookups> {
    const [operators, aliases, assignments] = await Promise.all([
      this.operators.listFacts(this.workspaceId),
      this.operators.listAliases(this.workspaceId),
      this.assignments.listFacts(this.workspaceId),
    ]);
    this.lookups = buildAttributionLookups({
      operators,
      aliases: aliases.map((a) => ({
        accountId: a.accountId,
        signature: a.signature,
        operatorId: a.operatorId,
      })),
      assignments,
    });
    return this.lookups;
  }
}

function attribute(item: NamedOutbound, lookups: AttributionLookups) {
  return attributeOutbound({
    item: {
      accountId: item.account.id,
      createdAt: item.createdAt,
      text: item.text,
      toolOperatorName: item.operatorName,
    },
    account: { timeZone: item.account.timeZone, signaturePattern: item.account.signaturePattern },
    lookups,
  });
}
