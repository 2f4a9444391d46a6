// Publishing tools name networks in their own words ("X (formerly Twitter)", "Instagram Business",
// "LinkedIn Page"); accounts are keyed by the platform names the collectors use.
const NETWORKS: [RegExp, string][] = [
  [/facebook/i, 'facebook'],
  [/instagram/i, 'instagram'],
  [/^(x|x \(.*\)|twitter.*|.*twitter\)?)$/i, 'x'],
  [/linkedin/i, 'linkedin'],
  [/tiktok/i, 'tiktok'],
  [/youtube/i, 'youtube'],
  [/pinterest/i, 'pinterest'],
  [/threads/i, 'threads'],
  [/bluesky/i, 'bluesky'],
  [/mastodon/i, 'mastodon'],
];

/**
 * The platform a tool's network name stands for; a network we do not know is kept under its own name in
 * lower case (`Google Business Profile` → `google-business-profile`), so its rows are imported, not lost.
 * Null when the name is empty or has no letters or digits.
 */
export function platformOfNetwork(network: string): string | null {
  const name = network.trim();
  for (const [pattern, platform] of NETWORKS) if (pattern.test(name)) return platform;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug.slice(0, 40) : null;
}

/** Outbound kind from a tool's post type (`Reply`, `Comment`, `Direct Message`, `Post`, `Reel` …). */
export function kindOfPostType(postType: string): string {
  const type = postType.toLowerCase();
  if (type.includes('reply')) return 'reply';
  if (type.includes('comment')) return 'comment';
  if (type.includes('message') || /\bdm\b/.test(type)) return 'dm';
  return 'post';
}

/**
 * A tool's word for passing on someone else's post (`Retweet`, `Repost`, `Reblog`, `Share`). It is stored as a
 * post marked as a repost of others, so that it counts as published but its borrowed engagement does not
 * (METRICS.md, Engagement). A quote is the account's own post and is not one.
 */
export function isRepostOfOtherType(postType: string): boolean {
  return (
    /\b(re-?tweet(ed)?|re-?post(ed)?|reblog(ged)?|shared?)\b/i.test(postType) && !/quote/i.test(postType)
  );
}
