import { Inject, Injectable } from '@nestjs/common';
import type { RejectedRow } from '#persistence';
import { OutboundItemRepository, StreamCursorRepository, StreamRunRepository } from '#persistence';
import type {
  AccountConnectionSecrets,
  Connector,
  StreamPage,
  StreamSpec,
} from '../connectors/connector.types.js';
import { maxNumericId } from '../connectors/payload.util.js';
import { COLLECTION_CLOCK, type CollectionClock } from './collection-clock.js';
import { COLLECTION_CONFIG, type CollectionConfig } from './collection.config.js';
import { CollectedFactsWriter, type WriteCounts } from './collected-facts.writer.js';
import { planStreamWindow } from './stream-window.util.js';

export interface StreamRunResult {
  stream: string;
  runId: string;
  status: 'succeeded' | 'partial' | 'failed';
  read: number;
  /** Records kept (items and readings), changed or not. */
  kept: number;
  changed: WriteCounts;
  skipped: Record<string, number>;
  rejected: number;
  warnings: string[];
  /** External ids newly marked deleted by this run. */
  deletions: string[];
  windowFrom: Date | null;
  windowTo: Date;
  complete: boolean;
  error: string | null;
}

export interface StreamTarget {
  workspaceId: string;
  account: { id: string; handle: string; externalId: string };
  connector: Connector;
  connection: AccountConnectionSecrets | null;
  stream: StreamSpec;
  since?: Date | null;
  maxPages?: number;
}

/** How many of the latest stored posts Meta comments are collected for per run (older posts rarely get new comments). */
const STORED_POSTS = 100;

/**
 * One collection run of one stream of one account: plans the window from the high-water mark, pages
 * through the connector, writes each page as it comes, and records the run with its window. Only a
 * complete listing advances the high-water mark and may mark missing items deleted; a failure keeps what
 * was read and leaves the window as a gap for the next run to fill.
 */
@Injectable()
export class StreamCollector {
  constructor(
    private readonly writer: CollectedFactsWriter,
    private readonly cursors: StreamCursorRepository,
    private readonly runs: StreamRunRepository,
    private readonly outbound: OutboundItemRepository,
    @Inject(COLLECTION_CLOCK) private readonly clock: CollectionClock,
    @Inject(COLLECTION_CONFIG) private readonly config: CollectionConfig,
  ) {}

  async run(target: StreamTarget): Promise<StreamRunResult> {
    const { workspaceId, account, connector, stream } = target;
    const source = `collector:${connector.platform}`;
    const startedAt = this.clock.now();
    const cursor = await this.cursors.find(account.id, stream.name);
    const window = planStreamWindow({
      stream,
      highWater: cursor ? { id: cursor.highWaterId, at: cursor.highWaterAt } : null,
      since: target.since,
      recheckDays: this.config.recheckDays,
    });
    const runId = await this.runs.start(workspaceId, account.id, source, stream.name, startedAt, {
      windowFrom: window.since,
      windowTo: startedAt,
    });
    const result: StreamRunResult = {
      stream: stream.name,
      runId,
      status: 'succeeded',
      read: 0,
      kept: 0,
      changed: { outboundChanged: 0, inboundChanged: 0, firstSeen: 0, snapshots: 0, profileChanged: 0 },
      skipped: {},
      rejected: 0,
      warnings: [],
      deletions: [],
      windowFrom: window.since,
      windowTo: startedAt,
      complete: false,
      error: null,
    };
    const rejections: RejectedRow[] = [];
    const seenOutbound: string[] = [];
    let pages = 0;
    let newest = { id: cursor?.highWaterId ?? null, at: cursor?.highWaterAt ?? null };
    try {
      const listing = connector.collect({
        account: { externalId: account.externalId, handle: account.handle },
        connection: target.connection,
        stream: stream.name,
        since: window.since,
        sinceId: window.sinceId,
        maxPages: target.maxPages ?? this.config.maxPages,
        knownPostIds: stream.readsStoredPosts
          ? await this.outbound.listRecentPostIds(account.id, null, STORED_POSTS)
          : [],
      });
      for await (const page of listing) {
        pages += 1;
        const counts = await this.writer.write(
          { workspaceId, accountId: account.id, source, capturedAt: startedAt },
          page,
        );
        for (const key of Object.keys(counts) as (keyof WriteCounts)[]) result.changed[key] += counts[key];
        for (const r of page.rejected)
          rejections.push({ line: result.read + r.record, field: r.field, reason: r.reason });
        result.read += page.read;
        result.kept += page.outbound.length + page.inbound.length + (page.profile ? 1 : 0);
        result.rejected += page.rejected.length;
        result.warnings.push(...page.warnings);
        for (const [reason, n] of Object.entries(page.skipped))
          result.skipped[reason] = (result.skipped[reason] ?? 0) + n;
        seenOutbound.push(...page.outbound.map((o) => o.externalId));
        newest = advance(newest, page);
      }
      result.complete = true;
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error);
    }

    if (result.complete) {
      if (stream.deletionCheck && window.since !== null) {
        result.deletions = await this.outbound.markMissingDeleted(
          account.id,
          source,
          stream.deletionCheck,
          { from: window.since, to: startedAt },
          seenOutbound,
          this.clock.now(),
        );
      }
      if (
        newest.id !== (cursor?.highWaterId ?? null) ||
        newest.at?.getTime() !== cursor?.highWaterAt?.getTime()
      ) {
        await this.cursors.save(workspaceId, account.id, stream.name, newest, this.clock.now());
      }
    }
    result.status =
      result.error !== null
        ? pages > 0
          ? 'partial'
          : 'failed'
        : result.rejected > 0 || result.warnings.length > 0
          ? 'partial'
          : 'succeeded';
    const error =
      result.error ??
      (result.warnings.length > 0
        ? `${result.warnings.length} error(s) reported beside the data: ${result.warnings.slice(0, 3).join('; ')}`
        : null);
    await this.runs.finish(runId, workspaceId, account.id, stream.name, {
      status: result.status,
      finishedAt: this.clock.now(),
      rowsRead: result.read,
      rowsImported: result.kept,
      rowsRejected: result.rejected,
      rejections,
      error,
      window: {
        windowFrom: window.since,
        windowTo: startedAt,
        complete: result.complete,
        pages,
        skipped: result.skipped,
        deletionsNoticed: result.deletions.length,
        warnings: result.warnings.slice(0, 100),
      },
    });
    return result;
  }
}

/** The high-water mark after a page: the newest publication time and the newest position id. */
function advance(mark: { id: string | null; at: Date | null }, page: StreamPage) {
  let at = mark.at;
  for (const item of [...page.outbound, ...page.inbound]) if (!at || item.createdAt > at) at = item.createdAt;
  return { id: maxNumericId(mark.id, page.newestId), at };
}
