import {
  DEFAULT_INCIDENT_RULE_SETTINGS,
  parseRuleSetting,
  resolveRuleSettings,
} from './incident-rule-settings.util.js';

describe('incident rule settings per workspace', () => {
  test('the defaults are the documented thresholds', () => {
    const s = resolveRuleSettings({});
    expect(s.deletedQuickly.withinMinutes).toBe(15);
    expect(s.slaBreachStreak).toMatchObject({ breaches: 5, withinHours: 24 });
    expect(s).toEqual(DEFAULT_INCIDENT_RULE_SETTINGS);
  });

  test('a workspace overrides single fields; the rest stay at their defaults', () => {
    const s = resolveRuleSettings({
      deletedQuickly: { withinMinutes: 30 },
      content: { lists: ['profanity', 'brand'] },
    });
    expect(s.deletedQuickly).toEqual({ enabled: true, withinMinutes: 30, severity: 'medium' });
    expect(s.content.lists).toEqual(['profanity', 'brand']);
    expect(s.wrongAccount).toEqual(DEFAULT_INCIDENT_RULE_SETTINGS.wrongAccount);
  });

  test('unknown rules and fields, and values of the wrong type, are refused by name', () => {
    expect(() => resolveRuleSettings({ nope: {} })).toThrow('unknown incident rule "nope"');
    expect(() => resolveRuleSettings({ deletedQuickly: { minutes: 3 } })).toThrow('deletedQuickly.minutes');
    expect(() => resolveRuleSettings({ deletedQuickly: { withinMinutes: -1 } })).toThrow('≥ 0');
    expect(() => resolveRuleSettings({ wrongAccount: { severity: 'huge' } })).toThrow(
      'low, medium, high or critical',
    );
    expect(() => resolveRuleSettings({ engagementAnomaly: { negativeShare: 1.5 } })).toThrow(
      'between 0 and 1',
    );
  });

  test('command-line assignments are typed from the defaults', () => {
    expect(parseRuleSetting('deletedQuickly.withinMinutes=10')).toEqual({
      deletedQuickly: { withinMinutes: 10 },
    });
    expect(parseRuleSetting('wrongAccount.enabled=false')).toEqual({ wrongAccount: { enabled: false } });
    expect(parseRuleSetting('content.lists=profanity, brand')).toEqual({
      content: { lists: ['profanity', 'brand'] },
    });
    expect(() => parseRuleSetting('deletedQuickly.withinMinutes=ten')).toThrow('≥ 0');
    expect(() => parseRuleSetting('withinMinutes=10')).toThrow('rule.field=value');
  });
});
