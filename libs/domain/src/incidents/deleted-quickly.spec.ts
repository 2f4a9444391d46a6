import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import { deletedQuicklyRule } from './deleted-quickly.rule.js';
import { facts, outbound, viennaWed } from './incidents.fixtures.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.deletedQuickly;

describe('deleted within 15 minutes of publication', () => {
  test('a reply deleted after 4 minutes is a hit, with the text captured before deletion', () => {
    const item = outbound({
      externalId: 't1',
      text: 'Wrong link, sorry: https://example.invalid/internal-pricing',
      createdAt: viennaWed('11:00'),
      deletedAt: viennaWed('11:04'),
    });
    const [hit] = deletedQuicklyRule(facts({ outbound: [item] }), settings);
    expect(hit).toMatchObject({
      rule: 'deleted-quickly',
      kind: 'deleted_quickly',
      severity: 'medium',
      subject: { type: 'outbound_item', accountId: 'acc-brand', externalId: 't1' },
      occurredAt: viennaWed('11:00'),
      operatorId: 'op-anna',
      details: {
        secondsOnline: 240,
        capturedText: 'Wrong link, sorry: https://example.invalid/internal-pricing',
      },
    });
    expect(hit.title).toContain('Deleted 4 min after publication on @BrandAutos');
  });

  test('exactly 15 minutes still counts; 15 minutes and a second, or 20 minutes, do not', () => {
    const at = viennaWed('12:00');
    const after = (ms: number) => new Date(at.getTime() + ms);
    const items = [
      outbound({ externalId: 'exactly', createdAt: at, deletedAt: after(15 * 60_000) }),
      outbound({ externalId: 'second-late', createdAt: at, deletedAt: after(15 * 60_000 + 1000) }),
      outbound({ externalId: 'twenty', createdAt: at, deletedAt: after(20 * 60_000) }),
      outbound({ externalId: 'kept', createdAt: at }),
    ];
    const hits = deletedQuicklyRule(facts({ outbound: items }), settings);
    expect(hits.map((h) => h.subject.type === 'outbound_item' && h.subject.externalId)).toEqual(['exactly']);
  });

  test('a workspace that allows 30 minutes catches the 20-minute deletion; a disabled rule nothing', () => {
    const item = outbound({
      externalId: 'twenty',
      createdAt: viennaWed('12:00'),
      deletedAt: viennaWed('12:20'),
    });
    expect(deletedQuicklyRule(facts({ outbound: [item] }), { ...settings, withinMinutes: 30 })).toHaveLength(
      1,
    );
    expect(deletedQuicklyRule(facts({ outbound: [item] }), { ...settings, enabled: false })).toEqual([]);
  });

  test('a deletion noticed before the recorded publication is a data error, not a hit', () => {
    const item = outbound({
      externalId: 'clock',
      createdAt: viennaWed('12:00'),
      deletedAt: viennaWed('11:59'),
    });
    expect(deletedQuicklyRule(facts({ outbound: [item] }), settings)).toEqual([]);
  });

  test('only items published in the period are reported', () => {
    const item = outbound({
      externalId: 'feb',
      createdAt: new Date('2011-02-28T10:00:00Z'),
      deletedAt: new Date('2011-02-28T10:01:00Z'),
    });
    expect(deletedQuicklyRule(facts({ outbound: [item] }), settings)).toEqual([]);
  });
});
