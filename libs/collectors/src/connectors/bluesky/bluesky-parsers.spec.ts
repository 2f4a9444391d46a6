// Bluesky parsers on the AppView's recorded snapshots (placeholders as they are) and fuzzed mutations.
import { BLUESKY_NOTIFICATIONS, readSnapshots } from '../../../../../test/support/replays/bluesky.replay.js';
import { fuzzParser } from '../payload-mutation.test-helper.js';
import { parseBlueskyAuthorFeed, parseBlueskyNotifications } from './bluesky.parser.js';

describe('Bluesky parsers', () => {
  const feeds = readSnapshots('author-feed');
  const notifications = readSnapshots('notifications');

  test('a pinned post listed first is skipped: it would end the listing early with its old date', () => {
    const name =
      'pds author feed views > pins > params.includePins = true, pin is in first page of results 1';
    const { page } = parseBlueskyAuthorFeed({ feed: feeds[name] }, 'user(0)');
    expect(page).toMatchObject({ read: 7, skipped: { 'pinned (listed again in order)': 1 } });
    expect(page.outbound).toHaveLength(6);
  });

  test('every snapshot: each feed item and notification is stored, skipped or rejected', () => {
    for (const [name, body] of Object.entries(feeds)) {
      if (!Array.isArray(body)) continue;
      const { page } = parseBlueskyAuthorFeed({ feed: body }, 'user(0)');
      expect({
        name,
        accounted:
          page.outbound.length +
          Object.values(page.skipped).reduce((a, b) => a + b, 0) +
          page.rejected.length,
      }).toEqual({
        name,
        accounted: body.length,
      });
    }
    const list = notifications[BLUESKY_NOTIFICATIONS] as unknown[];
    const { page } = parseBlueskyNotifications({ notifications: list }, 'did:plc:alice');
    expect(page).toMatchObject({ read: 13, skipped: { like: 5, repost: 2, follow: 2 } });
    expect(page.inbound.map((i) => i.kind)).toEqual(['mention', 'reply', 'reply', 'reply']);
  });

  test('fuzzed feeds and notifications: no crash, every record accounted for', () => {
    fuzzParser(
      { feed: feeds["pds author feed views > pins > cannot pin someone else's post 1"] },
      (body) => parseBlueskyAuthorFeed(body, 'user(0)').page,
    );
    fuzzParser(
      { notifications: notifications[BLUESKY_NOTIFICATIONS] },
      (body) => parseBlueskyNotifications(body, 'did:plc:alice').page,
    );
  });
});
