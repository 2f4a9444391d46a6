export * from './incident.types.js';
export * from './incident-draft.types.js';
export * from './severity.util.js';
export * from './incident-rule-settings.util.js';
export * from './word-matcher.util.js';
export { deletedQuicklyRule } from './deleted-quickly.rule.js';
export { offDutyPublicationRule } from './off-duty-publication.rule.js';
export { wrongAccountRule, normaliseApplication } from './wrong-account.rule.js';
export { slaBreachStreakRule } from './sla-breach-streak.rule.js';
export { backlogSurgeRule } from './backlog-surge.rule.js';
export { contentRule } from './content.rule.js';
export { engagementAnomalyRule } from './engagement-anomaly.rule.js';
export {
  businessHoursDeadline,
  calendarDeadline,
  findSlaBreaches,
  type SlaDeadline,
} from './sla-breaches.util.js';
export { findRosterGroup, operatorGroupAt } from './group-at-time.util.js';
export {
  buildIncidentDrafts,
  distinctRules,
  incidentSeverity,
  leadHit,
  outboundSubjectKey,
} from './incident-drafts.util.js';
export { isSameIncident, planIncidentChanges } from './incident-plan.util.js';
export {
  detectIncidents,
  type DetectIncidentsOptions,
  type DetectionResult,
} from './detect-incidents.util.js';
