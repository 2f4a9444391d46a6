// What the prospect audit report shows: one account's public service, estimated from public data only.
import type { ProspectEstimate } from '#domain';
import type { ReportBranding } from '../branding/report-branding.model.js';

export interface ProspectAuditModel {
  locale: string;
  branding: ReportBranding;
  generatedAt: Date;
  account: {
    platform: 'bluesky' | 'mastodon';
    address: string;
    displayName: string | null;
    profileUrl: string | null;
  };
  periodFrom: Date;
  /** Exclusive end of the period. */
  periodTo: Date;
  days: number;
  timeZone: string;
  /** When the public data was read (asks younger than 72 hours then are not decided yet). */
  readAt: Date;
  estimate: ProspectEstimate;
  reading: {
    ownPosts: number;
    threadsRead: number;
    mentionSearch: 'used' | 'unavailable' | 'not_offered';
    /** Limits met while reading, as the reader wrote them. */
    notes: string[];
  };
}
