// Mastodon parsers on the recorded cassettes and the documented Status example, and on fuzzed mutations.
import fs from 'node:fs';
import { grouped, readCassette, recorded } from '../../../../../test/support/replays/mastodon.replay.js';
import { sharedDataFile } from '../../../../../test/support/shared-data.js';
import { fuzzParser } from '../payload-mutation.test-helper.js';
import { nextLink } from './link-header.util.js';
import { mastodonHtmlToText } from './mastodon-html.util.js';
import {
  parseMastodonGroupedNotifications,
  parseMastodonNotifications,
} from './mastodon-notification.parser.js';
import { parseMastodonStatuses } from './mastodon-status.parser.js';

const timeline = recorded(readCassette('test_public_tl'), 'GET', '/api/v1/timelines/public');
const notifications = recorded(readCassette('test_notifications'), 'GET', '/api/v1/notifications') as Record<
  string,
  unknown
>[];

describe('Mastodon parsers', () => {
  test('the documented Status example: counts 11 favourites, 6 reblogs, 5 replies, 2 quotes; text without markup', () => {
    const status = JSON.parse(
      fs.readFileSync(sharedDataFile('mastodon/docs_entities_Status_example.json'), 'utf8'),
    );
    const { page } = parseMastodonStatuses([status]);
    expect(page.engagement).toEqual([
      expect.objectContaining({
        externalId: '103270115826048975',
        reactions: 11,
        reposts: 6,
        replies: 5,
        quotes: 2,
      }),
    ]);
    expect(
      page.outbound[0].text.startsWith('"I lost my inheritance with one wrong digit on my sort code"'),
    ).toBe(true);
  });

  test('HTML to text: paragraphs, line breaks and entities', () => {
    expect(mastodonHtmlToText('<p>one &amp; two<br/>three</p><p>it&#39;s &#x263A;</p>')).toBe(
      "one & two\nthree\n\nit's ☺",
    );
  });

  test('Link header: the rel="next" URL', () => {
    expect(
      nextLink(
        '<https://m.example/api/v1/notifications?max_id=7>; rel="next", <https://m.example/api/v1/notifications?min_id=9>; rel="prev"',
      ),
    ).toBe('https://m.example/api/v1/notifications?max_id=7');
    expect(nextLink('<https://m.example/x?min_id=9>; rel="prev"')).toBeNull();
  });

  test('fuzzed statuses and notifications (v1 and grouped v2): no crash, every record stored, skipped or rejected', () => {
    fuzzParser(timeline, (body) => parseMastodonStatuses(body).page);
    fuzzParser(notifications, (body) => parseMastodonNotifications(body, '117020565966271181').page, 80);
    fuzzParser(
      grouped(notifications),
      (body) => parseMastodonGroupedNotifications(body, '117020565966271181').page,
      80,
    );
  });
});
