import type { CollectionConfig } from '../../collection/collection.config.js';
import { CredentialsMissingError, PlatformStatusError } from '../../collection/http/http-errors.js';
import type { PlatformHttpClient } from '../../collection/http/platform-http.client.js';
import {
  emptyPage,
  type Connector,
  type ConnectorCapabilities,
  type StreamPage,
  type StreamRequest,
} from '../connector.types.js';
import { pageThrough } from '../paging.util.js';
import { isGraphThrottled, nextGraphUrl } from './graph-paging.util.js';
import { parseInstagramInsights, parseInstagramMedia, parseInstagramUser } from './instagram.parser.js';

const MEDIA_FIELDS =
  'id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,like_count,comments_count';
/** Lifetime media metrics; Meta renames them between versions, so the list is kept in one place. */
const INSIGHT_METRICS = 'impressions,reach,saved';

export const INSTAGRAM_CAPABILITIES: ConnectorCapabilities = {
  streams: [
    {
      name: 'posts',
      produces: ['outbound', 'engagement'],
      access: 'credentials',
      paging: 'cursor URLs (paging.next), 25 per page; one insights request per media',
      deletionCheck: ['post'],
    },
    { name: 'profile', produces: ['profile'], access: 'credentials', paging: 'none', deletionCheck: null },
  ],
  attributes: [],
  credentials: {
    secret: 'a Page access token of the Facebook Page linked to the Instagram professional account',
    settings: [],
    permissions: 'instagram_basic, instagram_manage_insights, pages_read_engagement',
  },
  limits: [
    'professional (business or creator) accounts only; insights are not available for media posted before the account became professional',
    'Instagram Graph API: 200 calls per hour per account (rolling), shared with other apps of the business',
  ],
};

/** Instagram professional accounts through the Graph API: media with likes, comments and insights; followers. */
export class InstagramConnector implements Connector {
  readonly platform = 'instagram' as const;
  readonly capabilities = INSTAGRAM_CAPABILITIES;

  constructor(
    private readonly http: PlatformHttpClient,
    private readonly config: CollectionConfig,
  ) {}

  collect(request: StreamRequest): AsyncIterable<StreamPage> {
    const token = request.connection?.secret.token;
    if (!token)
      throw new CredentialsMissingError(
        `Instagram account ${request.account.handle} has no access token (ledger account connect)`,
      );
    const headers = { authorization: `Bearer ${token}` };
    const graph = `${this.config.metaGraphUrl}/${this.config.metaApiVersion}`;
    const user = encodeURIComponent(request.account.externalId);
    if (request.stream === 'profile')
      return this.profile(`${graph}/${user}?fields=id,followers_count,follows_count,media_count`, headers);
    if (request.stream !== 'posts') throw new Error(`Instagram has no stream "${request.stream}"`);
    const since = request.since ? `&since=${Math.floor(request.since.getTime() / 1000)}` : '';
    return pageThrough<string>({
      first: `${graph}/${user}/media?fields=${MEDIA_FIELDS}&limit=25${since}`,
      since: request.since,
      maxPages: request.maxPages,
      cursorKey: (url) => url,
      fetchPage: async (url) => {
        const body = await this.http.getJson(url, headers, isGraphThrottled);
        const parsed = parseInstagramMedia(body);
        for (const reading of parsed.page.engagement) {
          try {
            const insights = parseInstagramInsights(
              await this.http.getJson(
                `${graph}/${encodeURIComponent(reading.externalId)}/insights?metric=${INSIGHT_METRICS}`,
                headers,
                isGraphThrottled,
              ),
            );
            reading.impressions = insights.impressions ?? null;
            reading.reach = insights.reach ?? null;
            reading.saves = insights.saved ?? null;
          } catch (error) {
            // One media without insights (posted before the account went professional) does not stop the listing.
            if (!(error instanceof PlatformStatusError)) throw error;
            parsed.page.warnings.push(
              `no insights for media ${reading.externalId}: ${error.detail || error.status}`,
            );
          }
        }
        return {
          page: parsed.page,
          next: nextGraphUrl(body, this.config.metaGraphUrl),
          oldest: parsed.oldest,
        };
      },
    });
  }

  private async *profile(url: string, headers: Record<string, string>): AsyncGenerator<StreamPage> {
    const page = emptyPage();
    page.read = 1;
    page.profile = parseInstagramUser(await this.http.getJson(url, headers, isGraphThrottled));
    yield page;
  }
}
