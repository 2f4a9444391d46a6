import { InputError } from '#domain';
import { Inject, Injectable } from '@nestjs/common';
import { AccountRepository, type AccountEntity } from '#persistence';
import { AttributionService, type AttributionRunResult } from '../attribution/attribution.service.js';
import { CONNECTORS, ConnectorRegistry } from '../connectors/connector.registry.js';
import type { StreamSpec } from '../connectors/connector.types.js';
import { AccountConnectionService } from '../credentials/account-connection.service.js';
import { StreamCollector, type StreamRunResult } from './stream-collector.js';

export interface CollectAccountOptions {
  /** Streams to collect; default: every stream the account's connection gives access to. */
  streams?: string[];
  /** List back to here instead of the high-water mark (null: as far as the platform lists). */
  since?: Date | null;
  maxPages?: number;
  /** Called after each stream's run, for progress output. */
  onStream?: (result: StreamRunResult) => void;
}

export interface AccountCollectionResult {
  account: { id: string; handle: string; platform: string };
  streams: StreamRunResult[];
  /** Streams not collected because the account lacks what they need, with the reason. */
  notCollected: { stream: string; reason: string }[];
  attribution: AttributionRunResult;
}

/** The account is not known or its platform has no connector: a mistake of the person asking. */
export class CollectionRequestError extends InputError {}

/**
 * Collects one account: every stream its connection allows (or those asked for), each recorded as its own
 * run, then the attribution pass over the account's items so that platform-named humans, signatures and the
 * roster apply to the new ones (only this account's: a collection job's cost must not grow with the rest of
 * the workspace). A failing stream does not stop the others.
 */
@Injectable()
export class CollectionService {
  constructor(
    @Inject(CONNECTORS) private readonly registry: ConnectorRegistry,
    private readonly accounts: AccountRepository,
    private readonly connections: AccountConnectionService,
    private readonly streams: StreamCollector,
    private readonly attribution: AttributionService,
  ) {}

  /** `ref` is a handle, `platform:handle`, or the account's id. */
  async findAccount(workspaceId: string, ref: string): Promise<AccountEntity> {
    const all = await this.accounts.listByWorkspace(workspaceId);
    const [platform, handle] =
      ref.includes(':') && !ref.startsWith('did:') ? ref.split(/:(.*)/s, 2) : [null, ref];
    const wanted = handle.replace(/^@/, '').toLowerCase();
    const matches = all.filter(
      (a) =>
        a.id === ref ||
        ((platform === null || a.platform === platform) &&
          (a.handle.replace(/^@/, '').toLowerCase() === wanted || a.externalId === handle)),
    );
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) {
      throw new CollectionRequestError(
        `"${ref}" names ${matches.length} accounts (${matches.map((a) => `${a.platform}:${a.handle}`).join(', ')}): say platform:handle`,
      );
    }
    throw new CollectionRequestError(
      `No account "${ref}" in this workspace. Known: ${all.map((a) => `${a.platform}:${a.handle}`).join(', ') || 'none (ledger account connect)'}`,
    );
  }

  async collectAccount(
    workspaceId: string,
    accountRef: string,
    options: CollectAccountOptions = {},
  ): Promise<AccountCollectionResult> {
    const account = await this.findAccount(workspaceId, accountRef);
    if (!this.registry.has(account.platform)) {
      throw new CollectionRequestError(
        `${account.platform}:${account.handle} cannot be collected: no connector for "${account.platform}" (${this.registry.platforms().join(', ')})`,
      );
    }
    const connector = this.registry.get(account.platform);
    const connection = await this.connections.load(account.id);
    // Profile first: the follower count it stores goes with the engagement snapshots of the same run.
    const specs = [...connector.capabilities.streams].sort(
      (a, b) => Number(b.produces.includes('profile')) - Number(a.produces.includes('profile')),
    );
    const chosen = this.chooseStreams(specs, options.streams, connection);
    const results: StreamRunResult[] = [];
    for (const stream of chosen.run) {
      const result = await this.streams.run({
        workspaceId,
        account: { id: account.id, handle: account.handle, externalId: account.externalId },
        connector,
        connection,
        stream,
        since: options.since,
        maxPages: options.maxPages,
      });
      results.push(result);
      options.onStream?.(result);
    }
    const attribution = await this.attribution.attributeAccount(workspaceId, account.id);
    return {
      account: { id: account.id, handle: account.handle, platform: account.platform },
      streams: results,
      notCollected: chosen.notCollected,
      attribution,
    };
  }

  private chooseStreams(
    specs: readonly StreamSpec[],
    asked: string[] | undefined,
    connection: { secret: Record<string, string>; problem: string | null } | null,
  ): { run: StreamSpec[]; notCollected: { stream: string; reason: string }[] } {
    if (asked && asked.length > 0) {
      const unknown = asked.filter((name) => !specs.some((s) => s.name === name));
      if (unknown.length > 0) {
        throw new CollectionRequestError(
          `Unknown stream ${unknown.join(', ')}; this platform has ${specs.map((s) => s.name).join(', ')}`,
        );
      }
      // Asked for explicitly: run even without credentials, so the failure is recorded and shown.
      return { run: specs.filter((s) => asked.includes(s.name)), notCollected: [] };
    }
    const hasSecret = connection !== null && Object.keys(connection.secret).length > 0;
    const notCollected = specs
      .filter((s) => s.access === 'credentials' && !hasSecret)
      .map((s) => ({
        stream: s.name,
        reason: connection?.problem ?? 'needs credentials (ledger account connect)',
      }));
    return { run: specs.filter((s) => s.access === 'public' || hasSecret), notCollected };
  }
}
