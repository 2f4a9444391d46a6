import type { Provider } from '@nestjs/common';
import { CONNECTORS, ConnectorRegistry, createConnectors } from '../connectors/connector.registry.js';
import { AccountConnectionService } from '../credentials/account-connection.service.js';
import { CREDENTIAL_CIPHER, CredentialCipher } from '../credentials/credential-cipher.js';
import { COLLECTION_CLOCK, SYSTEM_CLOCK, type CollectionClock } from './collection-clock.js';
import { COLLECTION_CONFIG, resolveCollectionConfig, type CollectionConfig } from './collection.config.js';
import { CollectionService } from './collection.service.js';
import { CollectedFactsWriter } from './collected-facts.writer.js';
import { PlatformHttpClient } from './http/platform-http.client.js';
import { StreamCollector } from './stream-collector.js';

/**
 * The collection feature's providers for CollectorsModule: configuration and clock from the environment, one
 * HTTP client, every connector under the CONNECTORS token, and the services that run collections.
 */
export const COLLECTION_PROVIDERS: Provider[] = [
  { provide: COLLECTION_CONFIG, useFactory: () => resolveCollectionConfig() },
  { provide: COLLECTION_CLOCK, useValue: SYSTEM_CLOCK },
  // Read lazily: a wrong key must not stop commands that never touch credentials.
  { provide: CREDENTIAL_CIPHER, useFactory: () => CredentialCipher.fromEnvironment() },
  {
    provide: PlatformHttpClient,
    useFactory: (config: CollectionConfig, clock: CollectionClock) =>
      new PlatformHttpClient(config.http, clock),
    inject: [COLLECTION_CONFIG, COLLECTION_CLOCK],
  },
  {
    provide: CONNECTORS,
    useFactory: (http: PlatformHttpClient, config: CollectionConfig) =>
      new ConnectorRegistry(createConnectors(http, config)),
    inject: [PlatformHttpClient, COLLECTION_CONFIG],
  },
  CollectedFactsWriter,
  StreamCollector,
  CollectionService,
  AccountConnectionService,
];

export const COLLECTION_EXPORTS = [
  CONNECTORS,
  COLLECTION_CONFIG,
  CollectionService,
  AccountConnectionService,
];
