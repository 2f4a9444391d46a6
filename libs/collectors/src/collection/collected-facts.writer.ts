import { Injectable } from '@nestjs/common';
import {
  AccountProfileSnapshotRepository,
  EngagementSnapshotRepository,
  InboundItemRepository,
  OutboundCaptureRepository,
  OutboundItemRepository,
} from '#persistence';
import type { CollectedOutbound, StreamPage } from '../connectors/connector.types.js';

export interface WriteContext {
  workspaceId: string;
  accountId: string;
  /** `collector:<platform>` */
  source: string;
  /** The instant of this collection: snapshots and first sightings carry it. */
  capturedAt: Date;
}

/** Rows written by one page; unchanged facts count as zero (collecting twice changes nothing). */
export interface WriteCounts {
  outboundChanged: number;
  inboundChanged: number;
  firstSeen: number;
  snapshots: number;
  profileChanged: number;
}

/**
 * Stores one page of collected facts by natural key: outbound and inbound items (upsert when changed), the
 * first sighting of each outbound item (deletion evidence), engagement and profile snapshots when numbers
 * changed. Each page is written as it arrives, so a failure later in a listing loses nothing already read.
 */
@Injectable()
export class CollectedFactsWriter {
  constructor(
    private readonly outbound: OutboundItemRepository,
    private readonly inbound: InboundItemRepository,
    private readonly captures: OutboundCaptureRepository,
    private readonly engagement: EngagementSnapshotRepository,
    private readonly profiles: AccountProfileSnapshotRepository,
  ) {}

  async write(context: WriteContext, page: StreamPage): Promise<WriteCounts> {
    const { workspaceId, accountId, source, capturedAt } = context;
    const outbound = lastById(page.outbound);
    const inbound = lastById(page.inbound);
    const counts: WriteCounts = {
      outboundChanged: 0,
      inboundChanged: 0,
      firstSeen: 0,
      snapshots: 0,
      profileChanged: 0,
    };
    counts.outboundChanged = await this.outbound.upsertCollected(
      workspaceId,
      accountId,
      source,
      outbound.map(toOutboundRow),
    );
    counts.firstSeen = await this.captures.captureFirstSeen(
      workspaceId,
      accountId,
      capturedAt,
      outbound.map((o) => ({
        externalId: o.externalId,
        publishedAt: o.createdAt,
        text: o.text,
        mediaUrls: o.mediaUrls,
        permalink: o.permalink,
        publishedVia: o.publishedVia,
      })),
    );
    counts.inboundChanged = await this.inbound.upsertCollected(workspaceId, accountId, source, inbound);
    if (page.engagement.length > 0) {
      // Followers at posting time: the latest follower count known when the numbers were read.
      const followers = (await this.profiles.latestAt(accountId, capturedAt))?.followers ?? null;
      counts.snapshots = await this.engagement.recordChanged(
        workspaceId,
        accountId,
        capturedAt,
        lastById(page.engagement),
        followers,
      );
    }
    if (page.profile) {
      counts.profileChanged = (await this.profiles.recordChanged(
        workspaceId,
        accountId,
        capturedAt,
        page.profile,
      ))
        ? 1
        : 0;
    }
    return counts;
  }
}

function toOutboundRow(o: CollectedOutbound) {
  return {
    externalId: o.externalId,
    kind: o.kind,
    createdAt: o.createdAt,
    text: o.text,
    inReplyToExternalId: o.inReplyToExternalId,
    conversationId: o.conversationId,
    platformOperatorName: o.platformOperatorName,
  };
}

/** One row per external id (the last one listed wins): a multi-row upsert may not touch a row twice. */
function lastById<T extends { externalId: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.externalId, i])).values()];
}
