// The prospect audit from end to end short of rendering: read the account's public data, then estimate with
// the engine's definitions. Nothing is stored; no workspace or database is needed.
import { estimateProspect, type ProspectEstimate } from '#domain';
import type { CollectionClock } from '../collection/collection-clock.js';
import type { CollectionConfig } from '../collection/collection.config.js';
import { PlatformHttpClient } from '../collection/http/platform-http.client.js';
import { BlueskyPublicReader } from './bluesky-public.reader.js';
import { MastodonPublicReader } from './mastodon-public.reader.js';
import type { PublicReading } from './prospect-source.types.js';
import type { ProspectTarget } from './prospect-target.util.js';

/** Threads (Bluesky) or status contexts (Mastodon) read at most: one request each. */
export const PROSPECT_MAX_THREADS = 300;

export interface ProspectAuditRequest {
  target: ProspectTarget;
  periodFrom: Date;
  periodTo: Date;
  timeZone: string;
  /** Where the Mastodon instance answers; default https://<instance>. */
  mastodonInstanceUrl?: string;
}

export interface ProspectAuditResult {
  request: ProspectAuditRequest;
  reading: PublicReading;
  estimate: ProspectEstimate;
  /** When the data was read. */
  readAt: Date;
}

export async function runProspectAudit(
  request: ProspectAuditRequest,
  config: CollectionConfig,
  clock: CollectionClock,
): Promise<ProspectAuditResult> {
  const http = new PlatformHttpClient(config.http, clock);
  const options = {
    periodFrom: request.periodFrom,
    periodTo: request.periodTo,
    maxPages: config.maxPages,
    maxThreads: PROSPECT_MAX_THREADS,
  };
  const { target } = request;
  const reading =
    target.platform === 'bluesky'
      ? await new BlueskyPublicReader(http, config.blueskyAppViewUrl).read(target.handle, options)
      : await new MastodonPublicReader(http).read(
          target.user,
          target.instance,
          request.mastodonInstanceUrl ?? `https://${target.instance}`,
          options,
        );
  const readAt = clock.now();
  const estimate = estimateProspect({
    asks: reading.asks,
    replies: reading.replies,
    periodFrom: request.periodFrom,
    periodTo: request.periodTo,
    dataEnd: readAt,
    timeZone: request.timeZone,
  });
  return { request, reading, estimate, readAt };
}
