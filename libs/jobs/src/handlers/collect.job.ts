import { Inject, Injectable } from '@nestjs/common';
import {
  AccountConnectionService,
  CollectionService,
  CONNECTORS,
  ConnectorRegistry,
  type StreamSpec,
} from '#collectors';
import type { PlanningAccountRow } from '#persistence';
import { DetectionFollowUp } from '../queue/detection-follow-up.service.js';
import type { CollectableStream, CollectPayload, StreamCadence } from '../job-kinds.js';
import type { JobContext, JobHandler, JobResult } from './job-handler.js';

export interface CollectableStreams {
  streams: Map<string, CollectableStream[]>;
  /** Accounts whose stored secret cannot be opened: their credential streams are not scheduled. */
  problems: string[];
}

/**
 * Collects one stream of one account through the collectors' CollectionService (which writes each page as
 * upserts by natural key, so a job that runs again after a lost lease stores nothing twice) and its
 * attribution pass. A stream run that ended in an error fails the job, so the queue retries it with backoff;
 * the collection run table keeps what was read and the gap.
 */
@Injectable()
export class CollectJob implements JobHandler<'collect'> {
  readonly kind = 'collect' as const;
  /** Whether a connection holds a secret, per account and connection version: opened once, not every tick. */
  private readonly secretSeen = new Map<
    string,
    { version: number; hasSecret: boolean; problem: string | null }
  >();

  constructor(
    private readonly collection: CollectionService,
    @Inject(CONNECTORS) private readonly registry: ConnectorRegistry,
    private readonly connections: AccountConnectionService,
    private readonly followUp: DetectionFollowUp,
  ) {}

  available(): boolean {
    return true;
  }

  /**
   * The streams the scheduler collects per account: connected accounts only (`ledger account connect`: an
   * imported account is not polled), on a platform with a connector, streams that need credentials only
   * when a secret is stored. A stream that delivers inbound items runs at the mentions cadence, the others at
   * the posts cadence; one that reports engagement also runs when posts are due on the engagement curve.
   */
  async streamsFor(accounts: PlanningAccountRow[]): Promise<CollectableStreams> {
    const streams = new Map<string, CollectableStream[]>();
    const problems: string[] = [];
    for (const account of accounts) {
      if (!account.connectionUpdatedAt || !this.registry.has(account.platform)) continue;
      const specs = this.registry.get(account.platform).capabilities.streams;
      let hasSecret = false;
      if (specs.some((s) => s.access === 'credentials')) {
        const seen = await this.secretOf(account.id, account.connectionUpdatedAt);
        hasSecret = seen.hasSecret;
        if (seen.problem)
          problems.push(`${account.platform}:${account.handle}: credentials unreadable: ${seen.problem}`);
      }
      const usable = specs.filter((s) => s.access === 'public' || hasSecret);
      streams.set(account.id, usable.flatMap(cadencesOf));
    }
    return { streams, problems };
  }

  async run(data: CollectPayload, _context: JobContext): Promise<JobResult> {
    const result = await this.collection.collectAccount(data.workspaceId, data.accountId, {
      streams: [data.stream],
    });
    const run = result.streams.find((s) => s.stream === data.stream);
    if (!run)
      throw new Error(`stream ${data.stream} was not collected: ${JSON.stringify(result.notCollected)}`);
    if (run.error !== null) throw new Error(`${data.stream}: ${run.error} (collection run ${run.runId})`);
    // The rules run after each collection that brought something new (a post, a reply, a deletion, a
    // reading, another author), not only on the schedule; one detection per workspace and window.
    const changed =
      Object.values(run.changed).some((n) => n > 0) ||
      run.deletions.length > 0 ||
      result.attribution.itemsChanged > 0;
    const detection = changed ? await this.followUp.request('collection', data.workspaceId) : null;
    return {
      stream: run.stream,
      runId: run.runId,
      status: run.status,
      read: run.read,
      kept: run.kept,
      changed: run.changed,
      deletions: run.deletions.length,
      attributed: result.attribution.itemsChanged,
      detection: detection
        ? { jobId: detection.jobId, queued: detection.queued, startsAt: detection.startsAt.toISOString() }
        : 'nothing new',
    };
  }

  private async secretOf(accountId: string, updatedAt: Date) {
    const version = new Date(updatedAt).getTime();
    const known = this.secretSeen.get(accountId);
    if (known?.version === version) return { ...known, fresh: false };
    const loaded = await this.connections.load(accountId);
    const seen = {
      version,
      hasSecret: !!loaded && loaded.problem === null && Object.keys(loaded.secret).length > 0,
      problem: loaded?.problem ?? null,
    };
    this.secretSeen.set(accountId, seen);
    return { ...seen, fresh: true };
  }
}

function cadencesOf(spec: StreamSpec): CollectableStream[] {
  const cadence: StreamCadence = spec.produces.includes('inbound') ? 'mentions' : 'posts';
  const streams: CollectableStream[] = [{ name: spec.name, cadence }];
  if (spec.produces.includes('engagement')) streams.push({ name: spec.name, cadence: 'engagement' });
  return streams;
}
