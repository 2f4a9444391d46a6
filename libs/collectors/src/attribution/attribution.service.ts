import { Injectable } from '@nestjs/common';
import {
  attributeOutbound,
  buildAttributionLookups,
  type AttributionLookups,
  type OutboundAttribution,
} from '#domain';
import {
  AccountRepository,
  AssignmentRepository,
  OperatorRepository,
  OutboundItemRepository,
  type AccountEntity,
  type AttributionUpdate,
  type OutboundForAttribution,
} from '#persistence';

export interface AttributionRunResult {
  itemsSeen: number;
  itemsChanged: number;
  /** Operators created from signatures or names nobody had registered: they await a sourcing group. */
  operatorsCreated: string[];
}

const PAGE_SIZE = 5000;

/**
 * Attributes every outbound item of a workspace that no platform or tool has attributed (METRICS.md
 * order, see the domain's attributeOutbound). Re-runnable: after a roster import the same pass moves items
 * from roster guesses or unknown to the operators the roster names.
 */
@Injectable()
export class AttributionService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly outbound: OutboundItemRepository,
  ) {}

  async attributeWorkspace(workspaceId: string): Promise<AttributionRunResult> {
    return this.attribute(workspaceId, null);
  }

  /**
   * The same pass over one account's items, with the workspace's operators, aliases and roster: what a
   * collection run of that account needs. Attribution never reads other accounts' items (signature operators
   * are per account, platform-named operators are found by name), so their attribution cannot change.
   */
  attributeAccount(workspaceId: string, accountId: string): Promise<AttributionRunResult> {
    return this.attribute(workspaceId, accountId);
  }

  private async attribute(workspaceId: string, accountId: string | null): Promise<AttributionRunResult> {
    const accounts = new Map((await this.accounts.listByWorkspace(workspaceId)).map((a) => [a.id, a]));
    let lookups = await this.loadLookups(workspaceId);
    const result: AttributionRunResult = { itemsSeen: 0, itemsChanged: 0, operatorsCreated: [] };
    let afterId = '0';
    for (;;) {
      const page = await this.outbound.pageForAttribution(workspaceId, afterId, PAGE_SIZE, accountId);
      if (page.length === 0) break;
      afterId = page[page.length - 1].id;
      let attributions = page.map((item) => attributeItem(item, accounts, lookups));
      const created = await this.createMissingOperators(workspaceId, page, attributions, accounts);
      if (created.length > 0) {
        result.operatorsCreated.push(...created);
        lookups = await this.loadLookups(workspaceId);
        // The new operators and aliases are in the lookups now: the same pure pass binds the items to them.
        attributions = page.map((item) => attributeItem(item, accounts, lookups));
      }
      result.itemsSeen += page.length;
      result.itemsChanged += await this.outbound.updateAttribution(
        page.map((item, i) => toUpdate(item, attributions[i])),
      );
    }
    return result;
  }

  private async loadLookups(workspaceId: string): Promise<AttributionLookups> {
    const [operators, aliases, assignments] = await Promise.all([
      this.operators.listByWorkspace(workspaceId),
      this.operators.listAliases(workspaceId),
      this.assignments.listByWorkspace(workspaceId),
    ]);
    return buildAttributionLookups({
      operators: operators.map((o) => ({ id: o.id, name: o.name, sourcingGroup: o.sourcingGroup })),
      aliases: aliases.map((a) => ({
        accountId: a.accountId,
        signature: a.signature,
        operatorId: a.operatorId,
      })),
      assignments: assignments.map((a) => ({
        accountId: a.accountId,
        operatorId: a.operatorId,
        from: a.validFrom,
        to: a.validTo,
        shifts: a.shifts,
      })),
    });
  }

  /**
   * A signature nobody mapped still identifies one person on one account: it becomes an operator without
   * a group, named after the signature and the account (`RR @ChaseSupport`), listed as unassigned.
   */
  private async createMissingOperators(
    workspaceId: string,
    page: OutboundForAttribution[],
    attributions: OutboundAttribution[],
    accounts: Map<string, AccountEntity>,
  ): Promise<string[]> {
    const names = new Map<string, { accountId: string; signature: string | null }>();
    attributions.forEach((attribution, i) => {
      const accountId = page[i].accountId;
      if (attribution.unknownSignature) {
        names.set(signatureOperatorName(attribution.unknownSignature, accounts.get(accountId)), {
          accountId,
          signature: attribution.unknownSignature,
        });
      } else if (attribution.unknownOperatorName) {
        names.set(attribution.unknownOperatorName, { accountId, signature: null });
      }
    });
    if (names.size === 0) return [];
    const known = new Set((await this.operators.listByWorkspace(workspaceId)).map((o) => o.name));
    const fresh = [...names.keys()].filter((name) => !known.has(name));
    await this.operators.upsertMany(
      workspaceId,
      fresh.map((name) => ({ name, sourcingGroup: null })),
    );
    await this.operators.upsertAliases(
      workspaceId,
      [...names.entries()]
        .filter(([, v]) => v.signature !== null)
        .map(([operatorName, v]) => ({
          accountId: v.accountId,
          signature: v.signature as string,
          operatorName,
        })),
    );
    return fresh;
  }
}

export function signatureOperatorName(signature: string, account: AccountEntity | undefined): string {
  return account ? `${signature} @${account.handle}` : signature;
}

function attributeItem(
  item: OutboundForAttribution,
  accounts: Map<string, AccountEntity>,
  lookups: AttributionLookups,
): OutboundAttribution {
  const account = accounts.get(item.accountId);
  if (!account)
    throw new Error(`Outbound item ${item.id} belongs to account ${item.accountId}, which is not loaded`);
  return attributeOutbound({
    item: {
      accountId: item.accountId,
      createdAt: item.createdAt,
      text: item.text,
      platformOperatorName: item.platformOperatorName,
    },
    account: { timeZone: account.timeZone, signaturePattern: account.signaturePattern },
    lookups,
  });
}

function toUpdate(item: OutboundForAttribution, a: OutboundAttribution): AttributionUpdate {
  return { id: item.id, operatorId: a.operatorId, source: a.source, signature: a.signature };
}
