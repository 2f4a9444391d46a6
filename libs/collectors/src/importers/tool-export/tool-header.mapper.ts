import { CsvHeaderError } from '../csv/csv-header.error.js';
import { CsvHeaderIndex } from '../csv/csv-header.util.js';
import type { EngagementCounts } from '../export-items/export-item.types.js';

export const TOOL_EXPORT = 'publishing tool export with a "Sent by" column';

type Column = { name: string; position: number };

/** Where the columns of a tool export (Sprout Social "Post Performance" and alike) sit. */
export interface ToolLayout {
  width: number;
  postId: Column;
  date: Column;
  sentBy: Column;
  /** Null when --platform gives the network. */
  network: Column | null;
  /** Null when --account gives the profile. */
  profile: Column | null;
  postType: Column | null;
  text: Column | null;
  metrics: Partial<Record<keyof EngagementCounts, Column>>;
  ignored: string[];
}

// The observed Sprout header (export-formats.md); tools differ in words, so a few synonyms are accepted.
const METRIC_COLUMNS: [keyof EngagementCounts, string[]][] = [
  ['impressions', ['Impressions']],
  ['reach', ['Reach']],
  ['reactions', ['Reactions', 'Likes']],
  ['replies', ['Comments', 'Replies']],
  ['reposts', ['Shares', 'Reposts', 'Retweets']],
  ['quotes', ['Quotes', 'Quote Tweets']],
  ['saves', ['Saves']],
  ['clicks', ['Post Link Clicks', 'Link Clicks', 'Clicks']],
];

/**
 * Maps the header of a tool export. `Post ID`, the time and `Sent by` are required (the sender is what
 * such an export adds for attribution); the network and profile may come from --platform and --account.
 */
export function mapToolHeader(
  file: string,
  header: string[],
  options: { platformGiven: boolean; accountGiven: boolean },
): ToolLayout {
  const index = new CsvHeaderIndex(header);
  const postId = index.first('Post ID');
  const date = index.first('Date', 'Published', 'Sent at', 'Publish time');
  const sentBy = index.first('Sent by');
  const network = index.first('Network');
  const profile = index.first('Profile', 'Profile Name', 'Account');
  const missing = [
    ...(postId ? [] : ['Post ID']),
    ...(date ? [] : ['Date']),
    ...(sentBy ? [] : ['Sent by']),
    ...(network || options.platformGiven ? [] : ['Network (or give --platform)']),
    ...(profile || options.accountGiven ? [] : ['Profile (or give --account)']),
  ];
  if (missing.length > 0) throw new CsvHeaderError(file, TOOL_EXPORT, missing, header);

  const metrics: ToolLayout['metrics'] = {};
  for (const [metric, names] of METRIC_COLUMNS) {
    const found = index.first(...names);
    if (found !== null) metrics[metric] = found;
  }
  const layout: ToolLayout = {
    width: index.width,
    postId: postId!,
    date: date!,
    sentBy: sentBy!,
    network,
    profile,
    postType: index.first('Post Type', 'Type'),
    text: index.first('Post', 'Message', 'Text'),
    metrics,
    ignored: [],
  };
  const used = [
    layout.postId,
    layout.date,
    layout.sentBy,
    layout.network,
    layout.profile,
    layout.postType,
    layout.text,
    ...Object.values(metrics),
  ].filter((c): c is Column => c !== null && c !== undefined);
  const duplicated = index.duplicated(new Set(used.map((c) => c.name)));
  if (duplicated.length > 0) {
    throw new CsvHeaderError(
      file,
      TOOL_EXPORT,
      [],
      header,
      `column(s) ${duplicated.map((n) => JSON.stringify(n)).join(', ')} appear more than once`,
    );
  }
  layout.ignored = index.ignored(used.map((c) => c.position));
  return layout;
}
