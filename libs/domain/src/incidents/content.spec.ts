import { contentRule } from './content.rule.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import { facts, outbound } from './incidents.fixtures.js';
import { compileTextMatcher, type WordListEntry } from './word-matcher.util.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.content;
const words: WordListEntry[] = [
  { term: 'fuck*', kind: 'word', list: 'profanity', source: 'en' },
  { term: 'scheiß*', kind: 'word', list: 'profanity', source: 'de' },
  { term: 'competitor\\s?co', kind: 'pattern', list: 'profanity', source: 'workspace' },
];

describe('content rules', () => {
  test('a profane post is a hit that shows each match, its list and its place', () => {
    const item = outbound({
      externalId: 'p1',
      text: 'I find it ironic that no one here knows how to fucking drive',
    });
    const [hit] = contentRule(facts({ outbound: [item] }), compileTextMatcher(words), settings);
    expect(hit).toMatchObject({
      rule: 'content',
      kind: 'offensive_content',
      severity: 'high',
      subject: { type: 'outbound_item', externalId: 'p1' },
      details: {
        matches: [{ term: 'fuck*', list: 'profanity', source: 'en', match: 'fucking', index: 47 }],
        capturedText: item.text,
      },
    });
    expect(hit.title).toMatch(/^Offensive content on @BrandAutos \("fucking"\): "I find it ironic/);
  });

  test('German lists and workspace patterns apply to the same text; deleted posts are checked too', () => {
    const item = outbound({
      externalId: 'p2',
      text: 'Scheißwetter heute – besser als bei CompetitorCo',
      deletedAt: new Date('2011-03-09T09:05:00Z'),
    });
    const [hit] = contentRule(facts({ outbound: [item] }), compileTextMatcher(words), settings);
    expect((hit.details.matches as { match: string }[]).map((m) => m.match)).toEqual([
      'Scheißwetter',
      'CompetitorCo',
    ]);
  });

  test('clean posts and a disabled rule give nothing', () => {
    const clean = outbound({ externalId: 'p3', text: 'Thanks for driving with us!' });
    expect(contentRule(facts({ outbound: [clean] }), compileTextMatcher(words), settings)).toEqual([]);
    const rude = outbound({ externalId: 'p4', text: 'fuck' });
    expect(
      contentRule(facts({ outbound: [rude] }), compileTextMatcher(words), { ...settings, enabled: false }),
    ).toEqual([]);
  });
});
