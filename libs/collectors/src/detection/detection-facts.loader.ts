import { Injectable } from '@nestjs/common';
import {
  businessHoursDeadline,
  resolveRuleSettings,
  type AccountFact,
  type DetectionFacts,
  type IncidentRuleSettings,
  type SlaDeadline,
  type WordListEntry,
} from '#domain';
import {
  AccountRepository,
  AssignmentRepository,
  IncidentFactsRepository,
  IncidentSettingsRepository,
  OperatorRepository,
} from '#persistence';
import { loadShippedWordLists } from './word-lists.loader.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Everything one detection run reads: facts, the workspace's settings, its words, its deadlines. */
export interface DetectionInput {
  facts: DetectionFacts;
  settings: IncidentRuleSettings;
  words: WordListEntry[];
  deadlineOf: SlaDeadline;
}

/**
 * Reads a workspace's facts for detection over [from, to), with the history the rules' baselines need
 * before `from` (a week of engagement and backlog, a day of SLA breaches, three days of open items).
 * Returns null when the workspace has no items at all.
 */
@Injectable()
export class DetectionFactsLoader {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly facts: IncidentFactsRepository,
    private readonly settings: IncidentSettingsRepository,
  ) {}

  async load(workspaceId: string, period: { from?: Date; to?: Date }): Promise<DetectionInput | null> {
    const range = await this.facts.dataRange(workspaceId);
    if (!range.first || !range.last) return null;
    const settings = resolveRuleSettings(await this.settings.overrides(workspaceId));
    const from = period.from ?? range.first;
    const to = period.to ?? new Date(range.last.getTime() + 1);
    const lookbackMs =
      Math.max(settings.backlogSurge.baselineDays, settings.engagementAnomaly.baselineDays) * DAY_MS +
      Math.max(settings.slaBreachStreak.withinHours, settings.backlogSurge.openHours) * HOUR_MS;
    const loadFrom = new Date(from.getTime() - lookbackMs);

    const [accounts, allowed, operators, assignments, outbound, inbound, words] = await Promise.all([
      this.accounts.listByWorkspace(workspaceId),
      this.settings.allowedApplications(workspaceId),
      this.operators.listFacts(workspaceId),
      this.assignments.listFacts(workspaceId),
      this.facts.outbound(workspaceId, loadFrom, to),
      this.facts.inbound(workspaceId, loadFrom, to),
      this.settings.words(workspaceId),
    ]);
    const accountFacts: AccountFact[] = accounts.map((a) => ({
      id: a.id,
      handle: a.handle,
      platform: a.platform,
      timeZone: a.timeZone,
      signaturePattern: a.signaturePattern,
      businessHours: a.businessHours,
      slaTargetSeconds: a.slaTargetSeconds,
    }));
    return {
      settings,
      facts: {
        period: { from, to },
        dataEnd: range.last,
        accounts: accounts.map((a) => ({
          id: a.id,
          handle: a.handle,
          timeZone: a.timeZone,
          slaTargetSeconds: a.slaTargetSeconds,
          allowedApplications: allowed.get(a.id) ?? null,
        })),
        operators,
        assignments,
        outbound,
        inbound,
      },
      words: [
        ...loadShippedWordLists(),
        ...words.map((w) => ({ term: w.term, kind: w.kind, list: w.list, source: 'workspace' })),
      ],
      deadlineOf: businessHoursDeadline(accountFacts),
    };
  }
}
