import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import { BRAND, OTHER, facts, outbound } from './incidents.fixtures.js';
import { wrongAccountRule } from './wrong-account.rule.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.wrongAccount;
const withAllowList = { ...BRAND, allowedApplications: ['Sprout Social', 'Hootsuite Inc.'] };

describe('wrong-account suspicion', () => {
  test('a post attributed to an operator the roster places only on another account', () => {
    const [hit] = wrongAccountRule(
      facts({ outbound: [outbound({ externalId: 'p', operatorId: 'op-parts' })] }),
      settings,
    );
    expect(hit).toMatchObject({
      rule: 'wrong-account',
      kind: 'wrong_account',
      severity: 'high',
      operatorId: 'op-parts',
      details: { reasons: ['operator_not_assigned'], operatorAssignedTo: ['@BrandParts'] },
    });
  });

  test('a post from an application that is not on the allow-list; case and spacing do not matter', () => {
    const items = [
      outbound({ externalId: 'phone', application: 'Twitter for iPhone' }),
      outbound({ externalId: 'sprout', application: '  sprout   social ' }),
      outbound({ externalId: 'unknown-app', application: null }),
    ];
    const hits = wrongAccountRule(facts({ accounts: [withAllowList, OTHER], outbound: items }), settings);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      subject: { externalId: 'phone' },
      details: { reasons: ['application_not_allowed'], application: 'Twitter for iPhone' },
    });
    expect(hits[0].title).toBe(
      "Posted on @BrandAutos from Twitter for iPhone, which is not on the account's allow-list",
    );
  });

  test('both reasons on one post are one hit', () => {
    const item = outbound({ externalId: 'both', operatorId: 'op-parts', application: 'TweetDeck' });
    const hits = wrongAccountRule(facts({ accounts: [withAllowList, OTHER], outbound: [item] }), settings);
    expect(hits.map((h) => h.details.reasons)).toEqual([
      ['operator_not_assigned', 'application_not_allowed'],
    ]);
  });

  test('no allow-list, operators assigned here, unmapped signatures and roster guesses: no hit', () => {
    const items = [
      outbound({ externalId: 'a', operatorId: 'op-anna', application: 'Anything' }),
      outbound({ externalId: 'b', operatorId: 'op-nobody' }),
      outbound({ externalId: 'c', operatorId: 'op-parts', attributionSource: 'roster' }),
    ];
    expect(wrongAccountRule(facts({ outbound: items }), settings)).toEqual([]);
  });
});
