// A Sprout Social "Post Performance" export for tests, with the header reproduced in
// ../shared/data/export-formats.md (no real export is public) and values in the shape such reports have.
import { csvText } from '../csv/csv-text.test-helper.js';

export const SPROUT_HEADER = [
  'Date',
  'Post ID',
  'Network',
  'Post Type',
  'Content Type',
  'Profile',
  'Sent by',
  'Link',
  'Post',
  'Impressions',
  'Reach',
  'Engagements',
  'Engagement Rate (per Impression)',
  'Reactions',
  'Comments',
  'Shares',
  'Saves',
  'Post Link Clicks',
  'Video Views',
];

export interface ToolPost {
  date: string;
  postId: string;
  network: string;
  postType: string;
  profile: string;
  sentBy: string;
  text: string;
  impressions: string;
  reach: string;
  reactions: string;
  comments: string;
  shares: string;
  saves: string;
  clicks: string;
}

export const TOOL_POSTS: ToolPost[] = [
  {
    date: '05/02/2024 9:15 am',
    postId: '1786012345678901234',
    network: 'X',
    postType: 'Post',
    profile: '@AcmeSupport',
    sentBy: 'Anna Berg',
    text: 'Our spring menu is live. Which one are you trying first?',
    impressions: '10400',
    reach: '',
    reactions: '88',
    comments: '12',
    shares: '9',
    saves: '',
    clicks: '140',
  },
  {
    date: '05/02/2024 2:40 pm',
    postId: '1786012345678905678',
    network: 'X',
    postType: 'Reply',
    profile: '@AcmeSupport',
    sentBy: 'jonas  weber',
    text: '@lena_k So sorry about the wait! DM us your order number and we will sort it out.',
    impressions: '310',
    reach: '',
    reactions: '2',
    comments: '1',
    shares: '0',
    saves: '',
    clicks: '0',
  },
  {
    date: '05/03/2024 8:00 am',
    postId: '122158000000000201',
    network: 'Facebook',
    postType: 'Post',
    profile: 'Acme Coffee',
    sentBy: 'Jonas Weber',
    text: 'Free refills all weekend ☕',
    impressions: '5200',
    reach: '4100',
    reactions: '240',
    comments: '31',
    shares: '15',
    saves: '',
    clicks: '77',
  },
  {
    date: '05/03/2024 11:20 am',
    postId: '1786012345678909999',
    network: 'X',
    postType: 'Reply',
    profile: '@AcmeSupport',
    sentBy: '',
    text: '@tom_r Sundays 10-16! ^JW',
    impressions: '95',
    reach: '',
    reactions: '1',
    comments: '0',
    shares: '0',
    saves: '',
    clicks: '0',
  },
];

export function toolExport(posts: ToolPost[] = TOOL_POSTS, options: { bom?: boolean } = {}): string {
  return csvText(toolTable(posts), { bom: options.bom ?? false });
}

export function toolTable(posts: ToolPost[] = TOOL_POSTS): string[][] {
  const rows = posts.map((p) => {
    const engagements = [p.reactions, p.comments, p.shares].reduce((sum, v) => sum + (Number(v) || 0), 0);
    return [
      p.date,
      p.postId,
      p.network,
      p.postType,
      'Text',
      p.profile,
      p.sentBy,
      `https://example.com/posts/${p.postId}`,
      p.text,
      p.impressions,
      p.reach,
      String(engagements),
      Number(p.impressions) > 0 ? `${((engagements / Number(p.impressions)) * 100).toFixed(2)}%` : '',
      p.reactions,
      p.comments,
      p.shares,
      p.saves,
      p.clicks,
      '',
    ];
  });
  return [SPROUT_HEADER, ...rows];
}
