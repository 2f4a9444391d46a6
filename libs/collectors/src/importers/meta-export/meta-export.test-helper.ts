// Meta Business Suite per-post exports for tests, built from the headers and quirks documented in
// ../shared/data/export-formats.md (no complete real export is public): the quoted header exactly as
// observed, a UTF-8 BOM, `Lifetime` in the Date column, multi-line captions, MM/DD/YYYY HH:MM publish
// times, Views (newer) or Impressions (older), and trailing columns that vary between months.
import { csvText, type CsvTextOptions } from '../csv/csv-text.test-helper.js';

/** The observed Facebook header, in its order, before the trailing columns that vary by month. */
export const FACEBOOK_HEADER = [
  'Post ID',
  'Page ID',
  'Page name',
  'Title',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Caption type',
  'Permalink',
  'Is crosspost',
  'Is share',
  'Post type',
  'Languages',
  'Custom labels',
  'Funded content status',
  'Data comment',
  'Date',
  'Views',
  'Reach',
  'Reactions, Comments and Shares',
  'Reactions',
  'Comments',
  'Shares',
  'Total clicks',
  'Other Clicks',
  'Matched Audience Targeting Consumption (Photo Click)',
];

/** The trailing columns the write-up of 12 monthly exports saw come and go. */
export const FACEBOOK_TRAILING = [
  'Negative feedback from users: Hide all',
  'Negative feedback from users: Hide',
];

/** The observed Instagram header. */
export const INSTAGRAM_HEADER = [
  'Post ID',
  'Account ID',
  'Account username',
  'Account name',
  'Description',
  'Duration (sec)',
  'Publish time',
  'Permalink',
  'Post type',
  'Data comment',
  'Date',
  'Views',
  'Reach',
  'Likes',
  'Shares',
  'Follows',
  'Comments',
  'Saves',
];

export interface FacebookPost {
  postId: string;
  publishTime: string;
  description: string;
  title?: string;
  postType: string;
  views: string;
  reach: string;
  reactions: string;
  comments: string;
  shares: string;
  clicks: string;
  date?: string;
}

export const PAGE_ID = '100064123456789';
export const PAGE_NAME = 'Acme Coffee';

/** Four posts of one page; the second has a caption over three lines, the fourth is a video with a title. */
export const FACEBOOK_POSTS: FacebookPost[] = [
  {
    postId: '122158000000000101',
    publishTime: '05/02/2024 09:15',
    description: 'New seasonal blend is here ☕',
    postType: 'Photos',
    views: '5120',
    reach: '4310',
    reactions: '212',
    comments: '18',
    shares: '7',
    clicks: '96',
  },
  {
    postId: '122158000000000102',
    publishTime: '05/09/2024 17:40',
    description:
      'Our Vienna shop turns 10!\n\nThank you for every cup, every chat,\nevery Monday-morning rush.',
    postType: 'Photos',
    views: '8840',
    reach: '7002',
    reactions: '640',
    comments: '75',
    shares: '31',
    clicks: '210',
  },
  {
    postId: '122158000000000103',
    publishTime: '05/16/2024 12:00',
    description: 'Read "How we roast", our new blog post: https://example.com/roast',
    postType: 'Links',
    views: '2300',
    reach: '2011',
    reactions: '40',
    comments: '3',
    shares: '2',
    clicks: '188',
  },
  {
    postId: '122158000000000104',
    publishTime: '05/23/2024 08:05',
    description: '',
    title: 'Latte art in 30 seconds',
    postType: 'Reels',
    views: '15400',
    reach: '12950',
    reactions: '1030',
    comments: '44',
    shares: '120',
    clicks: '12',
  },
];

export interface ExportFileOptions extends CsvTextOptions {
  /** Older variant: `Impressions` instead of `Views`. */
  impressions?: boolean;
  /** Trailing columns of this month's file (default: both). */
  trailing?: string[];
}

/** A Facebook per-post export of the posts, quoted as Meta quotes (names and values with spaces or commas). */
export function facebookExport(
  posts: FacebookPost[] = FACEBOOK_POSTS,
  options: ExportFileOptions = {},
): string {
  return csvText(facebookTable(posts, options), options);
}

/** The same export as cells: the header row, then one row per post. */
export function facebookTable(
  posts: FacebookPost[] = FACEBOOK_POSTS,
  options: ExportFileOptions = {},
): string[][] {
  const trailing = options.trailing ?? FACEBOOK_TRAILING;
  const header = FACEBOOK_HEADER.map((name) =>
    options.impressions && name === 'Views' ? 'Impressions' : name,
  );
  const rows = posts.map((p) => {
    const total = String(Number(p.reactions) + Number(p.comments) + Number(p.shares));
    return [
      p.postId,
      PAGE_ID,
      PAGE_NAME,
      p.title ?? '',
      p.description,
      p.title ? '31' : '',
      p.publishTime,
      '',
      `https://www.facebook.com/${PAGE_ID}/posts/${p.postId}`,
      'No',
      'No',
      p.postType,
      '',
      '',
      '',
      '',
      p.date ?? 'Lifetime',
      p.views,
      p.reach,
      Number.isNaN(Number(total)) ? '' : total,
      p.reactions,
      p.comments,
      p.shares,
      p.clicks,
      '0',
      '0',
      ...trailing.map(() => '0'),
    ];
  });
  return [[...header, ...trailing], ...rows];
}

export interface InstagramPost {
  postId: string;
  publishTime: string;
  description: string;
  postType: string;
  views: string;
  reach: string;
  likes: string;
  shares: string;
  follows: string;
  comments: string;
  saves: string;
}

export const IG_ACCOUNT_ID = '17841400000000001';
export const IG_USERNAME = 'acme.coffee';

export const INSTAGRAM_POSTS: InstagramPost[] = [
  {
    postId: '17900000000000001',
    publishTime: '06/01/2024 10:30',
    description: 'Saturday beans 🫘\n#coffee #vienna',
    postType: 'IG image',
    views: '3100',
    reach: '2480',
    likes: '301',
    shares: '12',
    follows: '4',
    comments: '22',
    saves: '40',
  },
  {
    postId: '17900000000000002',
    publishTime: '06/03/2024 19:00',
    description: 'Swipe for the recipe →',
    postType: 'IG carousel',
    views: '4500',
    reach: '3900',
    likes: '512',
    shares: '60',
    follows: '9',
    comments: '35',
    saves: '210',
  },
  {
    postId: '17900000000000003',
    publishTime: '06/05/2024 07:45',
    description: 'Morning pour-over, in one take.',
    postType: 'IG reel',
    views: '22000',
    reach: '18100',
    likes: '1480',
    shares: '240',
    follows: '31',
    comments: '57',
    saves: '390',
  },
];

export function instagramExport(
  posts: InstagramPost[] = INSTAGRAM_POSTS,
  options: ExportFileOptions = {},
): string {
  return csvText(instagramTable(posts, options), options);
}

export function instagramTable(
  posts: InstagramPost[] = INSTAGRAM_POSTS,
  options: ExportFileOptions = {},
): string[][] {
  const header = INSTAGRAM_HEADER.map((name) =>
    options.impressions && name === 'Views' ? 'Impressions' : name,
  );
  const rows = posts.map((p) => [
    p.postId,
    IG_ACCOUNT_ID,
    IG_USERNAME,
    'Acme Coffee',
    p.description,
    p.postType === 'IG reel' ? '14' : '',
    p.publishTime,
    `https://www.instagram.com/p/${p.postId}/`,
    p.postType,
    '',
    'Lifetime',
    p.views,
    p.reach,
    p.likes,
    p.shares,
    p.follows,
    p.comments,
    p.saves,
  ]);
  return [header, ...rows];
}
