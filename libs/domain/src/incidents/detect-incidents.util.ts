import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { backlogSurgeRule } from './backlog-surge.rule.js';
import { contentRule } from './content.rule.js';
import { deletedQuicklyRule } from './deleted-quickly.rule.js';
import { engagementAnomalyRule } from './engagement-anomaly.rule.js';
import type { IncidentDraft } from './incident-draft.types.js';
import { buildIncidentDrafts } from './incident-drafts.util.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import type { DetectionFacts, RuleHit, SlaBreach } from './incident.types.js';
import { offDutyPublicationRule } from './off-duty-publication.rule.js';
import { accountsById } from './rule-context.util.js';
import { calendarDeadline, findSlaBreaches, type SlaDeadline } from './sla-breaches.util.js';
import { slaBreachStreakRule } from './sla-breach-streak.rule.js';
import { compileTextMatcher, type WordListEntry } from './word-matcher.util.js';
import { wrongAccountRule } from './wrong-account.rule.js';

export interface DetectionResult {
  hits: RuleHit[];
  drafts: IncidentDraft[];
  breaches: SlaBreach[];
}

export interface DetectIncidentsOptions {
  /** Every word list entry of the workspace: shipped lists and its own additions. */
  words: readonly WordListEntry[];
  /** First-response deadlines; default: the calendar target. Business hours come from the caller. */
  deadlineOf?: SlaDeadline;
}

/** Runs every rule over the facts and merges the hits into incident drafts. Pure: time comes in the facts. */
export function detectIncidents(
  facts: DetectionFacts,
  settings: IncidentRuleSettings,
  options: DetectIncidentsOptions,
): DetectionResult {
  const content = compileTextMatcher(options.words.filter((w) => settings.content.lists.includes(w.list)));
  // A backlash is negative words or the content lists' words in the replies.
  const negative = compileTextMatcher(
    options.words.filter((w) => w.list === 'negative' || settings.content.lists.includes(w.list)),
  );
  const responses = computeFirstResponses(facts.inbound, facts.outbound);
  const breaches = findSlaBreaches(
    responses,
    accountsById(facts),
    facts.dataEnd,
    options.deadlineOf ?? calendarDeadline,
  );
  const hits = [
    ...deletedQuicklyRule(facts, settings.deletedQuickly),
    ...offDutyPublicationRule(facts, settings.offDutyPublication),
    ...wrongAccountRule(facts, settings.wrongAccount),
    ...slaBreachStreakRule(facts, breaches, settings.slaBreachStreak),
    ...backlogSurgeRule(facts, responses, settings.backlogSurge),
    ...contentRule(facts, content, settings.content),
    ...engagementAnomalyRule(facts, negative, settings.engagementAnomaly),
  ];
  return { hits, drafts: buildIncidentDrafts(hits, facts, settings.escalation), breaches };
}
