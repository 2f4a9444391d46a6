import type { CollectionConfig } from '../collection/collection.config.js';
import type { PlatformHttpClient } from '../collection/http/platform-http.client.js';
import { BlueskyConnector } from './bluesky/bluesky.connector.js';
import type { Connector, Platform } from './connector.types.js';
import { MastodonConnector } from './mastodon/mastodon.connector.js';
import { FacebookPageConnector } from './meta/facebook-page.connector.js';
import { InstagramConnector } from './meta/instagram.connector.js';
import { XConnector } from './x/x.connector.js';

/** Every connector class; a new platform is one folder and one line here. */
const CONNECTOR_CLASSES: (new (http: PlatformHttpClient, config: CollectionConfig) => Connector)[] = [
  XConnector,
  FacebookPageConnector,
  InstagramConnector,
  MastodonConnector,
  BlueskyConnector,
];

/** The Nest token under which all connectors are registered (one list, like Ghostfolio's data providers). */
export const CONNECTORS = Symbol('CONNECTORS');

export function createConnectors(http: PlatformHttpClient, config: CollectionConfig): Connector[] {
  return CONNECTOR_CLASSES.map((C) => new C(http, config));
}

/** Finds the connector of an account's platform. */
export class ConnectorRegistry {
  private readonly byPlatform: Map<string, Connector>;

  constructor(connectors: readonly Connector[]) {
    this.byPlatform = new Map(connectors.map((c) => [c.platform, c]));
  }

  get(platform: string): Connector {
    const connector = this.byPlatform.get(platform);
    if (!connector) {
      throw new Error(`No connector for platform "${platform}". Known: ${this.platforms().join(', ')}`);
    }
    return connector;
  }

  has(platform: string): platform is Platform {
    return this.byPlatform.has(platform);
  }

  platforms(): string[] {
    return [...this.byPlatform.keys()].sort();
  }

  all(): Connector[] {
    return [...this.byPlatform.values()];
  }
}
