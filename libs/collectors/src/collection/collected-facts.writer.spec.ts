// What a fuzzed page turns into in the database: every record the parser kept is a row, whatever the
// mutation did to ids, dates, counts and text (NUL bytes, huge numbers, odd years).
import fc from 'fast-check';
import { readXPage, X_FILES } from '../../../../test/support/replays/x.replay.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { mutate, mutations } from '../connectors/payload-mutation.test-helper.js';
import { parseXMentionsPage, parseXTimelinePage } from '../connectors/x/x-page.parser.js';
import { collectionFor } from './collection.test-helper.js';
import { CollectedFactsWriter } from './collected-facts.writer.js';

describe('writing collected pages', () => {
  const t = useTestDatabase();

  test('fuzzed X pages: every kept tweet is stored under its id, with its engagement', async () => {
    const c = collectionFor(t.db, { baseUrl: 'http://127.0.0.1:9' });
    const writer = new CollectedFactsWriter(c.outbound, c.inbound, c.captures, c.engagement, c.profiles);
    const ws = await c.workspaces.ensure('fuzz-write');
    const brexit = readXPage(X_FILES.brexit);
    let run = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (list) => {
        run += 1;
        let parsed;
        try {
          parsed = parseXTimelinePage(mutate(brexit, list)).page;
        } catch {
          return; // not a page at all: the stream reports it, nothing to store
        }
        const mentions = (() => {
          try {
            return parseXMentionsPage(mutate(brexit, list), '3131144855').page;
          } catch {
            return null;
          }
        })();
        await c.accounts.ensureMany(ws.id, [
          { platform: 'x', handle: `fuzz${run}`, externalId: `fuzz${run}` },
        ]);
        const account = (await c.accounts.listByWorkspace(ws.id)).find((a) => a.externalId === `fuzz${run}`)!;
        const context = {
          workspaceId: ws.id,
          accountId: account.id,
          source: 'collector:x',
          capturedAt: new Date('2026-11-20T12:00:00Z'),
        };
        await writer.write(context, parsed);
        if (mentions) await writer.write(context, mentions);
        const [counts] = await t.db.dataSource.query(
          `SELECT (SELECT count(*)::int FROM outbound_item WHERE account_id = $1) AS outbound,
                  (SELECT count(*)::int FROM inbound_item WHERE account_id = $1) AS inbound,
                  (SELECT count(*)::int FROM outbound_capture c JOIN outbound_item o ON o.id = c.outbound_item_id WHERE o.account_id = $1) AS captures`,
          [account.id],
        );
        const outboundIds = new Set(parsed.outbound.map((o) => o.externalId));
        expect(counts).toEqual({
          outbound: outboundIds.size,
          inbound: new Set(mentions?.inbound.map((i) => i.externalId)).size,
          captures: outboundIds.size,
        });
      }),
      { numRuns: 25, seed: 20261120 },
    );
  });
});
