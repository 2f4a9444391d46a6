export * from './prospect-target.util.js';
export * from './prospect-source.types.js';
export { BlueskyPublicReader } from './bluesky-public.reader.js';
export { MastodonPublicReader } from './mastodon-public.reader.js';
export * from './prospect-audit.js';
