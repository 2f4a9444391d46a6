// Small builders for the rule specs: an account in Vienna, an in-house desk by day, an agency by night.
import type { AssignmentFact, OperatorFact } from '../model/facts.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS, type IncidentRuleSettings } from './incident-rule-settings.util.js';
import type {
  DetectionAccount,
  DetectionFacts,
  DetectionInbound,
  DetectionOutbound,
} from './incident.types.js';

export const BRAND: DetectionAccount = {
  id: 'acc-brand',
  handle: 'BrandAutos',
  timeZone: 'Europe/Vienna',
  slaTargetSeconds: 3600,
  allowedApplications: null,
};

export const OTHER: DetectionAccount = { ...BRAND, id: 'acc-other', handle: 'BrandParts' };

export const OPERATORS: OperatorFact[] = [
  { id: 'op-anna', name: 'Anna Berg', sourcingGroup: 'in_house' },
  { id: 'op-scott', name: 'Scott B', sourcingGroup: 'agency:NewMedia' },
  { id: 'op-parts', name: 'Pia Parts', sourcingGroup: 'in_house' },
  { id: 'op-nobody', name: 'RR @BrandAutos', sourcingGroup: null },
];

const weekdays = (startMinute: number, endMinute: number) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute, endMinute }));

export const ASSIGNMENTS: AssignmentFact[] = [
  // In-house weekdays 08:00–17:00; the agency weekdays 17:00–21:00 (evenings, not nights).
  {
    accountId: BRAND.id,
    operatorId: 'op-anna',
    from: new Date('2011-01-01T00:00:00Z'),
    to: null,
    shifts: weekdays(480, 1020),
  },
  {
    accountId: BRAND.id,
    operatorId: 'op-scott',
    from: new Date('2011-01-01T00:00:00Z'),
    to: null,
    shifts: weekdays(1020, 1260),
  },
  {
    accountId: OTHER.id,
    operatorId: 'op-parts',
    from: new Date('2011-01-01T00:00:00Z'),
    to: null,
    shifts: null,
  },
];

/** Wednesday 9 March 2011 at the given Vienna wall-clock time (CET, UTC+1). */
export function viennaWed(hhmm: string, dayOffset = 0): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2011, 2, 9 + dayOffset, h - 1, m));
}

export function outbound(overrides: Partial<DetectionOutbound> & { externalId: string }): DetectionOutbound {
  return {
    accountId: BRAND.id,
    kind: 'post',
    createdAt: viennaWed('10:00'),
    deletedAt: null,
    text: 'Our new model is here.',
    inReplyToExternalId: null,
    conversationId: null,
    operatorId: 'op-anna',
    attributionSource: 'signature',
    application: null,
    engagement: null,
    ...overrides,
  };
}

export function inbound(overrides: Partial<DetectionInbound> & { externalId: string }): DetectionInbound {
  return {
    accountId: BRAND.id,
    createdAt: viennaWed('10:00'),
    text: '@BrandAutos hello',
    inReplyToExternalId: null,
    conversationId: null,
    actionable: true,
    ...overrides,
  };
}

export function facts(overrides: Partial<DetectionFacts> = {}): DetectionFacts {
  return {
    period: { from: new Date('2011-03-01T00:00:00Z'), to: new Date('2011-04-01T00:00:00Z') },
    dataEnd: new Date('2011-03-31T00:00:00Z'),
    accounts: [BRAND, OTHER],
    operators: OPERATORS,
    assignments: ASSIGNMENTS,
    outbound: [],
    inbound: [],
    ...overrides,
  };
}

/** The defaults with some fields of one rule changed. */
export function settingsWith<R extends keyof IncidentRuleSettings>(
  rule: R,
  fields: Partial<IncidentRuleSettings[R]>,
): IncidentRuleSettings {
  const settings = structuredClone(DEFAULT_INCIDENT_RULE_SETTINGS) as IncidentRuleSettings;
  Object.assign(settings[rule], fields);
  return settings;
}
