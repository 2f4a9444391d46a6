// Thresholds of the detection rules, per workspace: defaults here, a workspace stores only what it changes.
import type { IncidentSeverity } from './incident.types.js';
import { isSeverity } from './severity.util.js';

export interface IncidentRuleSettings {
  deletedQuickly: { enabled: boolean; withinMinutes: number; severity: IncidentSeverity };
  offDutyPublication: {
    enabled: boolean;
    /** A reply sent this long before a shift starts or after it ends is not off duty (finishing a thread). */
    graceMinutes: number;
    outsideShiftSeverity: IncidentSeverity;
    outsideAssignmentSeverity: IncidentSeverity;
    /** Publishing after one's assignment ended: unauthorised access (METRICS.md). */
    afterAssignmentEndSeverity: IncidentSeverity;
  };
  wrongAccount: { enabled: boolean; severity: IncidentSeverity };
  slaBreachStreak: { enabled: boolean; breaches: number; withinHours: number; severity: IncidentSeverity };
  backlogSurge: {
    enabled: boolean;
    /** Never a surge below this many open items. */
    minBacklog: number;
    /** A surge is at least this many times the median backlog of the baseline days. */
    factor: number;
    baselineDays: number;
    /** Items unanswered for longer than this leave the backlog (METRICS.md's 72-hour response window). */
    openHours: number;
    severity: IncidentSeverity;
  };
  content: {
    enabled: boolean;
    /** Word lists applied to what the account publishes (`profanity` ships for en and de). */
    lists: string[];
    severity: IncidentSeverity;
  };
  engagementAnomaly: {
    enabled: boolean;
    /** Reposts + quotes of one item: at least this many … */
    minReposts: number;
    /** … and this many times the median of the account's items of the baseline days. */
    repostFactor: number;
    /** Inbound items in one window: at least this many … */
    minReplies: number;
    /** … this many times the median window of the baseline days … */
    replyFactor: number;
    /** … with at least this share matching the negative keywords or the content lists. */
    negativeShare: number;
    windowMinutes: number;
    baselineDays: number;
    severity: IncidentSeverity;
  };
  escalation: {
    /** This many distinct rules on one subject raise its severity one level. */
    corroboratingRules: number;
    /** An item reposted or quoted this often before it was contained raises the severity one level. */
    reachReposts: number;
  };
}

export const DEFAULT_INCIDENT_RULE_SETTINGS: Readonly<IncidentRuleSettings> = Object.freeze({
  deletedQuickly: { enabled: true, withinMinutes: 15, severity: 'medium' },
  offDutyPublication: {
    enabled: true,
    graceMinutes: 15,
    outsideShiftSeverity: 'low',
    outsideAssignmentSeverity: 'medium',
    afterAssignmentEndSeverity: 'high',
  },
  wrongAccount: { enabled: true, severity: 'high' },
  slaBreachStreak: { enabled: true, breaches: 5, withinHours: 24, severity: 'medium' },
  backlogSurge: {
    enabled: true,
    minBacklog: 20,
    factor: 3,
    baselineDays: 7,
    openHours: 72,
    severity: 'medium',
  },
  content: { enabled: true, lists: ['profanity'], severity: 'high' },
  engagementAnomaly: {
    enabled: true,
    minReposts: 50,
    repostFactor: 10,
    minReplies: 20,
    replyFactor: 4,
    negativeShare: 0.3,
    windowMinutes: 60,
    baselineDays: 7,
    severity: 'medium',
  },
  escalation: { corroboratingRules: 3, reachReposts: 50 },
} satisfies IncidentRuleSettings);

/** Stored overrides: any subset of the settings, by rule and field. */
export type IncidentRuleOverrides = { [R in keyof IncidentRuleSettings]?: Partial<IncidentRuleSettings[R]> };

/** The defaults with a workspace's overrides applied. Unknown rules or fields and wrong types are refused. */
export function resolveRuleSettings(overrides: unknown = {}): IncidentRuleSettings {
  if (!isPlainObject(overrides)) throw new Error('incident rule settings must be an object');
  const resolved = structuredClone(DEFAULT_INCIDENT_RULE_SETTINGS) as IncidentRuleSettings;
  for (const [rule, fields] of Object.entries(overrides)) {
    if (!(rule in resolved)) throw new Error(`unknown incident rule "${rule}"`);
    if (!isPlainObject(fields)) throw new Error(`settings of "${rule}" must be an object`);
    const target = resolved[rule as keyof IncidentRuleSettings] as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(fields)) {
      target[field] = checkValue(`${rule}.${field}`, target[field], value);
    }
  }
  return resolved;
}

/**
 * Parses `rule.field=value` as typed on the command line into an override, checked against the setting's
 * type: `deletedQuickly.withinMinutes=10`, `content.lists=profanity,brand-terms`, `wrongAccount.enabled=false`.
 */
export function parseRuleSetting(assignment: string): IncidentRuleOverrides {
  const match = /^([A-Za-z]+)\.([A-Za-z]+)=(.*)$/.exec(assignment.trim());
  if (!match) throw new Error(`expected rule.field=value, got "${assignment}"`);
  const [, rule, field, raw] = match;
  const defaults = DEFAULT_INCIDENT_RULE_SETTINGS as unknown as Record<string, Record<string, unknown>>;
  if (!(rule in defaults)) throw new Error(`unknown incident rule "${rule}"`);
  const current = defaults[rule][field];
  if (current === undefined) throw new Error(`"${rule}" has no setting "${field}"`);
  let value: unknown = raw;
  if (typeof current === 'number') value = Number(raw);
  else if (typeof current === 'boolean') value = raw === 'true' ? true : raw === 'false' ? false : raw;
  else if (Array.isArray(current))
    value = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const override = { [rule]: { [field]: value } } as IncidentRuleOverrides;
  resolveRuleSettings(override);
  return override;
}

function checkValue(path: string, current: unknown, value: unknown): unknown {
  if (current === undefined) throw new Error(`unknown incident rule setting "${path}"`);
  if (typeof current === 'boolean') {
    if (typeof value !== 'boolean') throw new Error(`${path} must be true or false`);
  } else if (typeof current === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw new Error(`${path} must be a number ≥ 0`);
    if (path.endsWith('negativeShare') && value > 1) throw new Error(`${path} must be between 0 and 1`);
  } else if (Array.isArray(current)) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0))
      throw new Error(`${path} must be a list of names`);
  } else if (isSeverity(current)) {
    if (!isSeverity(value)) throw new Error(`${path} must be low, medium, high or critical`);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
