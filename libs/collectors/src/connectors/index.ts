export * from './connector.types.js';
export * from './connector.registry.js';
export { XConnector, X_CAPABILITIES } from './x/x.connector.js';
export { FacebookPageConnector, FACEBOOK_CAPABILITIES } from './meta/facebook-page.connector.js';
export { InstagramConnector, INSTAGRAM_CAPABILITIES } from './meta/instagram.connector.js';
export { MastodonConnector, MASTODON_CAPABILITIES } from './mastodon/mastodon.connector.js';
export { BlueskyConnector, BLUESKY_CAPABILITIES } from './bluesky/bluesky.connector.js';
