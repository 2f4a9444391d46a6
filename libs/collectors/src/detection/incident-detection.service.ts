import { Injectable } from '@nestjs/common';
import {
  detectIncidents,
  MERGED_STATUS,
  outboundSubjectKey,
  isSameIncident,
  planIncidentChanges,
  type ExistingIncident,
  type IncidentDraft,
  type IncidentKind,
  type IncidentRuleId,
  type IncidentSeverity,
  type IncidentStatus,
  type RuleHitRecord,
} from '#domain';
import { IncidentRepository, type IncidentView } from '#persistence';
import { DetectionFactsLoader } from './detection-facts.loader.js';
import type { LedgerActor } from './incident-journal.writer.js';
import { IncidentLedgerService } from './incident-ledger.service.js';

export interface DetectionRun {
  period: { from: Date; to: Date } | null;
  /** Rule hits by rule, before merging. */
  hitsByRule: Partial<Record<IncidentRuleId, number>>;
  created: { id: string; title: string; severity: string; kind: string }[];
  updated: { id: string; changes: string[] }[];
  unchanged: number;
}

/**
 * Runs the incident rules over a workspace's facts and writes what they find into the ledger: new
 * incidents, new hits on known ones. Idempotent: a second run over the same facts changes nothing. Runs on
 * demand (`ledger incidents detect`) and, through the job queue, after each collection.
 */
@Injectable()
export class IncidentDetectionService {
  constructor(
    private readonly loader: DetectionFactsLoader,
    private readonly incidents: IncidentRepository,
    private readonly ledger: IncidentLedgerService,
  ) {}

  async detect(
    workspaceId: string,
    options: { from?: Date; to?: Date; by: LedgerActor },
  ): Promise<DetectionRun> {
    const input = await this.loader.load(workspaceId, options);
    if (!input) return { period: null, hitsByRule: {}, created: [], updated: [], unchanged: 0 };
    const { facts, settings } = input;
    const result = detectIncidents(facts, settings, { words: input.words, deadlineOf: input.deadlineOf });

    const windows = result.drafts.flatMap((d) => (d.window ? [d.window] : []));
    const existing = await this.incidents.findForMerge(
      workspaceId,
      result.drafts.map((d) => d.subjectKey),
      new Date(Math.min(facts.period.from.getTime(), ...windows.map((w) => w.from.getTime()))),
      new Date(Math.max(facts.period.to.getTime(), ...windows.map((w) => w.to.getTime()))),
    );
    const items = new Map(facts.outbound.map((o) => [outboundSubjectKey(o.accountId, o.externalId), o]));
    // A merged duplicate is never reopened or updated: hits on it go to the incident it was merged into.
    const merged = existing.filter((e) => e.status === MERGED_STATUS);
    const redirected = new Map<IncidentDraft, IncidentView>();
    for (const draft of result.drafts) {
      const duplicate = merged.find((e) => isSameIncident(toExisting(e, false), draft));
      if (duplicate) redirected.set(draft, duplicate);
    }
    const current = existing.filter((e) => e.status !== MERGED_STATUS);
    const setByPerson = await this.incidents.setByPerson(current.map((e) => e.id));
    const plan = planIncidentChanges(
      result.drafts.filter((d) => !redirected.has(d)),
      current.map((e) => toExisting(e, setByPerson.get(e.id)?.kind ?? false)),
      items,
      settings.escalation,
    );

    const run: DetectionRun = {
      period: facts.period,
      hitsByRule: {},
      created: [],
      updated: [],
      unchanged: plan.unchanged,
    };
    for (const hit of result.hits) run.hitsByRule[hit.rule] = (run.hitsByRule[hit.rule] ?? 0) + 1;
    for (const draft of plan.create) {
      const id = await this.ledger.createDetected(workspaceId, draft, options.by);
      run.created.push({ id, title: draft.title, severity: draft.severity, kind: draft.kind });
    }
    for (const update of plan.update) {
      // A person's severity stands: an update that only wanted to change it is no update.
      if (await this.ledger.applyDetected(workspaceId, update, options.by))
        run.updated.push({ id: update.id, changes: update.changes });
      else run.unchanged += 1;
    }
    // After the others, one at a time, each planned on the kept incident as it is then (several duplicates
    // may lead to it, and this run may just have updated it).
    for (const [draft, duplicate] of redirected) {
      const kept = await this.ledger.keptIncident(workspaceId, duplicate.id);
      if (!kept) {
        run.unchanged += 1;
        continue;
      }
      const person = (await this.incidents.setByPerson([kept.id])).get(kept.id);
      // The draft matches the kept incident through its duplicate: same subject, the kept incident's hits.
      const asKept = { ...toExisting(kept, person?.kind ?? false), subjectKey: draft.subjectKey };
      const [update] = planIncidentChanges([draft], [asKept], items, settings.escalation).update;
      if (update && (await this.ledger.applyDetected(workspaceId, update, options.by)))
        run.updated.push({ id: update.id, changes: update.changes });
      else run.unchanged += 1;
    }
    return run;
  }
}

/**
 * An incident row as the domain's merge reads it: hit times back as Dates; a kind a person set is kept as a
 * manual report's is.
 */
function toExisting(view: IncidentView, kindSetByPerson: boolean): ExistingIncident {
  return {
    id: view.id,
    subjectKey: view.subjectKey,
    accountId: view.accountId,
    kind: view.kind as IncidentKind,
    severity: view.severity as IncidentSeverity,
    status: view.status as IncidentStatus,
    manual: view.reportedBy !== null || kindSetByPerson,
    rules: view.rules,
    hits: view.hits.map(
      (h) => ({ ...h, occurredAt: new Date(h.occurredAt as string) }) as unknown as RuleHitRecord,
    ),
    window: view.windowFrom && view.windowTo ? { from: view.windowFrom, to: view.windowTo } : null,
    containedAt: view.containedAt,
  };
}
