import { Injectable } from '@nestjs/common';
import { IncidentDetectionService } from '#collectors';
import type { DetectIncidentsPayload } from '../job-kinds.js';
import type { JobContext, JobHandler, JobResult } from './job-handler.js';

/**
 * Facts of the last week are re-read each run: collectors re-list a week behind their high-water mark
 * (deletions, late replies, engagement), so the rules see each change within one detection interval.
 */
export const DETECTION_WINDOW_DAYS = 7;

/** Who the incident journal names for what a run records. */
const ACTOR_OF: Record<NonNullable<DetectIncidentsPayload['trigger']>, string> = {
  schedule: 'detection (scheduled job)',
  collection: 'detection (after collection)',
  import: 'detection (after import)',
};

/**
 * Runs the incident rules over a workspace's recent facts (the incidents feature's IncidentDetectionService,
 * idempotent: a second run over the same facts changes nothing, so a run repeated after a lost lease is
 * harmless).
 */
@Injectable()
export class DetectIncidentsJob implements JobHandler<'detect-incidents'> {
  readonly kind = 'detect-incidents' as const;

  constructor(private readonly detection: IncidentDetectionService) {}

  available(): boolean {
    return true;
  }

  async run(data: DetectIncidentsPayload, context: JobContext): Promise<JobResult> {
    const recent = (data.scope ?? 'recent') === 'recent';
    const run = await this.detection.detect(data.workspaceId, {
      from: recent ? new Date(context.now.getTime() - DETECTION_WINDOW_DAYS * 86_400_000) : undefined,
      to: recent ? context.now : undefined,
      by: { actor: ACTOR_OF[data.trigger ?? 'schedule'], at: context.now },
    });
    return {
      trigger: data.trigger ?? 'schedule',
      period: run.period,
      hitsByRule: run.hitsByRule,
      created: run.created.length,
      updated: run.updated.length,
      unchanged: run.unchanged,
    };
  }
}
