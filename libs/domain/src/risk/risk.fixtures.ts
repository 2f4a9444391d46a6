// Small builders for risk scenarios (test-only; not exported from the folder's index).
import type { IncidentRecord } from './risk.types.js';

const MINUTE_MS = 60_000;

/** An incident detected `detectedAfterMin` minutes after it occurred and contained `containedAfterMin` after detection. */
export function incident(
  id: string,
  occurredAt: string,
  extra: Partial<IncidentRecord> & { containedAfterMin?: number | null; detectedAfterMin?: number } = {},
): IncidentRecord {
  const { containedAfterMin = null, detectedAfterMin = 0, ...fields } = extra;
  const occurred = new Date(occurredAt);
  const detected = new Date(occurred.getTime() + detectedAfterMin * MINUTE_MS);
  return {
    id,
    accountId: 'brand',
    group: 'in_house',
    kind: 'other',
    severity: 'low',
    status: containedAfterMin === null ? 'open' : 'contained',
    occurredAt: occurred,
    detectedAt: detected,
    containedAt:
      containedAfterMin === null ? null : new Date(detected.getTime() + containedAfterMin * MINUTE_MS),
    ...fields,
  };
}
