import { CsvHeaderError } from '../csv/csv-header.error.js';
import { CsvHeaderIndex } from '../csv/csv-header.util.js';
import type { EngagementCounts } from '../export-items/export-item.types.js';

export type MetaPlatform = 'facebook' | 'instagram';

export const META_EXPORT = 'Meta Business Suite per-post export';

/** Where the columns of one Meta export sit. Positions are null for columns the file does not have. */
export interface MetaLayout {
  platform: MetaPlatform;
  width: number;
  postId: number;
  publishTime: number;
  /** `Page ID` (Facebook) or `Account ID` (Instagram). */
  accountId: { name: string; position: number } | null;
  /** `Page name` (Facebook) or `Account username`, else `Account name` (Instagram). */
  accountName: { name: string; position: number } | null;
  /** Holds `Lifetime` in per-post exports. */
  date: number | null;
  description: number | null;
  /** Facebook video titles: the text when the description is empty. */
  title: number | null;
  /** Facebook `Is share`: the post shares someone else's (a repost of others). */
  isShare: number | null;
  /** Each stored count and the column it is read from. */
  metrics: Partial<Record<keyof EngagementCounts, { name: string; position: number }>>;
  ignored: string[];
}

// Newer exports say Views where older ones said Impressions (Meta replaced the metric); Instagram says
// Likes where Facebook says Reactions. Either is stored in the one column the snapshot has for it.
const METRIC_COLUMNS: [keyof EngagementCounts, string[]][] = [
  ['impressions', ['Views', 'Impressions']],
  ['reach', ['Reach']],
  ['reactions', ['Reactions', 'Likes']],
  ['replies', ['Comments']],
  ['reposts', ['Shares']],
  ['saves', ['Saves']],
  ['clicks', ['Total clicks']],
];

const FACEBOOK_COLUMNS = ['Page ID', 'Page name'];
const INSTAGRAM_COLUMNS = ['Account ID', 'Account username', 'Account name'];

/**
 * Maps a Meta Business Suite per-post header (Facebook or Instagram; see ../shared/data/export-formats.md).
 * Columns are found by name, so their order and the trailing columns that vary from month to month do not
 * matter. The platform is told from the account columns; `platform` (from --platform) must agree with them
 * and is needed only when the file has neither.
 */
export function mapMetaHeader(
  file: string,
  header: string[],
  options: { platform?: MetaPlatform; accountGiven: boolean },
): MetaLayout {
  const index = new CsvHeaderIndex(header);
  const refuse = (missing: string[], detail?: string) =>
    new CsvHeaderError(file, META_EXPORT, missing, header, detail);

  const missing = ['Post ID', 'Publish time'].filter((name) => !index.has(name));
  if (missing.length > 0) throw refuse(missing);

  const platform = tellPlatform(index, options.platform, (detail) => refuse([], detail));
  const accountId = index.first(platform === 'facebook' ? 'Page ID' : 'Account ID');
  const accountName =
    platform === 'facebook' ? index.first('Page name') : index.first('Account username', 'Account name');
  if (accountId === null && accountName === null && !options.accountGiven) {
    throw refuse(
      [],
      `the file names no account (no ${platform === 'facebook' ? '"Page ID" or "Page name"' : '"Account ID" or "Account username"'} column): give the account with --account`,
    );
  }

  const metrics: MetaLayout['metrics'] = {};
  for (const [metric, names] of METRIC_COLUMNS) {
    const found = index.first(...names);
    if (found !== null) metrics[metric] = found;
  }
  const layout: MetaLayout = {
    platform,
    width: index.width,
    postId: index.all('Post ID')[0],
    publishTime: index.all('Publish time')[0],
    accountId,
    accountName,
    date: index.first('Date')?.position ?? null,
    description: index.first('Description')?.position ?? null,
    title: platform === 'facebook' ? (index.first('Title')?.position ?? null) : null,
    isShare: platform === 'facebook' ? (index.first('Is share')?.position ?? null) : null,
    metrics,
    ignored: [],
  };

  const usedNames = [
    'Post ID',
    'Publish time',
    ...[layout.accountId, layout.accountName, ...Object.values(metrics)].flatMap((c) => (c ? [c.name] : [])),
    ...[
      'Date',
      'Description',
      ...(layout.title !== null ? ['Title'] : []),
      ...(layout.isShare !== null ? ['Is share'] : []),
    ].filter((n) => index.has(n)),
  ];
  const duplicated = index.duplicated(new Set(usedNames));
  if (duplicated.length > 0) {
    throw refuse(
      [],
      `column(s) ${duplicated.map((n) => JSON.stringify(n)).join(', ')} appear more than once`,
    );
  }
  const positions = [
    layout.postId,
    layout.publishTime,
    layout.accountId?.position,
    layout.accountName?.position,
    layout.date,
    layout.description,
    layout.title,
    layout.isShare,
    ...Object.values(metrics).map((m) => m!.position),
  ].filter((p): p is number => p !== null && p !== undefined);
  layout.ignored = index.ignored(positions);
  return layout;
}

function tellPlatform(
  index: CsvHeaderIndex,
  given: MetaPlatform | undefined,
  refuse: (detail: string) => CsvHeaderError,
): MetaPlatform {
  const facebook = FACEBOOK_COLUMNS.some((name) => index.has(name));
  const instagram = INSTAGRAM_COLUMNS.some((name) => index.has(name));
  const found: MetaPlatform | null = facebook === instagram ? null : facebook ? 'facebook' : 'instagram';
  if (facebook && instagram && given === undefined)
    throw refuse('the header has both Facebook (Page …) and Instagram (Account …) columns: give --platform');
  if (given !== undefined && found !== null && found !== given)
    throw refuse(`--platform ${given} was given, but the header is a ${found} export`);
  const platform = given ?? found ?? guessFromMetrics(index);
  if (platform === null)
    throw refuse(
      'cannot tell a Facebook from an Instagram export (no Page or Account columns): give --platform',
    );
  return platform;
}

/** Without account columns, Instagram's Likes and Saves or Facebook's Reactions still tell them apart. */
function guessFromMetrics(index: CsvHeaderIndex): MetaPlatform | null {
  const instagram = index.has('Likes') || index.has('Saves');
  const facebook = index.has('Reactions') || index.has('Total clicks');
  return instagram === facebook ? null : instagram ? 'instagram' : 'facebook';
}
