// Wires the collection feature on a test database the way CollectorsModule does, with a clock that records
// every wait instead of waiting and base URLs pointing at a replay server. Used by specs only.
import { randomBytes } from 'node:crypto';
import {
  AccountConnectionRepository,
  AccountProfileSnapshotRepository,
  AccountRepository,
  AssignmentRepository,
  AuditLogService,
  EngagementSnapshotRepository,
  InboundItemRepository,
  OperatorRepository,
  OutboundCaptureRepository,
  OutboundItemRepository,
  StreamCursorRepository,
  StreamRunRepository,
  WorkspaceRepository,
  type OpenDatabase,
} from '#persistence';
import { AttributionService } from '../attribution/attribution.service.js';
import { ConnectorRegistry, createConnectors } from '../connectors/connector.registry.js';
import { AccountConnectionService } from '../credentials/account-connection.service.js';
import { CredentialCipher } from '../credentials/credential-cipher.js';
import type { CollectionClock } from './collection-clock.js';
import { resolveCollectionConfig, type CollectionConfig } from './collection.config.js';
import { CollectionService } from './collection.service.js';
import { CollectedFactsWriter } from './collected-facts.writer.js';
import { PlatformHttpClient } from './http/platform-http.client.js';
import { StreamCollector } from './stream-collector.js';

/** A clock that starts at `start`, moves only when told or when something sleeps, and remembers every sleep. */
export class TestClock implements CollectionClock {
  readonly sleeps: number[] = [];
  private current: number;

  constructor(start = '2026-11-20T12:00:00Z') {
    this.current = Date.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.current += ms;
  }

  random(): number {
    return 0.5;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

export function testCredentialKey(): string {
  return randomBytes(32).toString('base64');
}

export function collectionFor(
  db: OpenDatabase,
  options: {
    baseUrl: string;
    clock?: TestClock;
    config?: Partial<CollectionConfig>;
    cipher?: CredentialCipher;
  },
) {
  const ds = db.dataSource;
  const clock = options.clock ?? new TestClock();
  const base = resolveCollectionConfig({});
  const config: CollectionConfig = {
    ...base,
    xApiUrl: options.baseUrl,
    metaGraphUrl: options.baseUrl,
    blueskyAppViewUrl: options.baseUrl,
    blueskyPdsUrl: options.baseUrl,
    ...options.config,
    http: { ...base.http, timeoutMs: 2_000, ...options.config?.http },
  };
  const repos = {
    workspaces: new WorkspaceRepository(ds),
    accounts: new AccountRepository(ds),
    operators: new OperatorRepository(ds),
    outbound: new OutboundItemRepository(ds),
    inbound: new InboundItemRepository(ds),
    captures: new OutboundCaptureRepository(ds),
    engagement: new EngagementSnapshotRepository(ds),
    profiles: new AccountProfileSnapshotRepository(ds),
    cursors: new StreamCursorRepository(ds),
    runs: new StreamRunRepository(ds),
    connectionRows: new AccountConnectionRepository(ds),
  };
  const http = new PlatformHttpClient(config.http, clock);
  const registry = new ConnectorRegistry(createConnectors(http, config));
  const cipher =
    options.cipher ?? CredentialCipher.fromEnvironment({ LEDGER_CREDENTIALS_KEY: testCredentialKey() });
  const connections = new AccountConnectionService(
    repos.accounts,
    repos.connectionRows,
    cipher,
    clock,
    new AuditLogService(ds),
  );
  const attribution = new AttributionService(
    repos.accounts,
    repos.operators,
    new AssignmentRepository(ds),
    repos.outbound,
  );
  const writer = new CollectedFactsWriter(
    repos.outbound,
    repos.inbound,
    repos.captures,
    repos.engagement,
    repos.profiles,
  );
  const streams = new StreamCollector(writer, repos.cursors, repos.runs, repos.outbound, clock, config);
  const collection = new CollectionService(registry, repos.accounts, connections, streams, attribution);
  return { ...repos, clock, config, http, registry, connections, collection, attribution };
}
