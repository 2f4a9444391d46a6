import type { StreamSpec } from '../connectors/connector.types.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface StreamWindow {
  /** List back to here; null: as far as the platform lists. */
  since: Date | null;
  /** Newest id already collected, for platforms that page by id. */
  sinceId: string | null;
}

/**
 * Where a stream's listing starts. Asked-for `since` wins. A first run lists as far as the platform goes.
 * After that, listings of the account's own items go back `recheckDays` before the high-water mark: new
 * items, fresh engagement, and a complete listing of that window proves deletions. Inbound listings only
 * need what is new: the id mark where the platform pages by id, and an hour's overlap where it pages by time.
 */
export function planStreamWindow(input: {
  stream: StreamSpec;
  highWater: { id: string | null; at: Date | null } | null;
  since: Date | null | undefined;
  recheckDays: number;
}): StreamWindow {
  if (input.since !== undefined) return { since: input.since, sinceId: null };
  const mark = input.highWater;
  if (!mark || (!mark.at && !mark.id) || input.stream.produces.every((f) => f === 'profile')) {
    return { since: null, sinceId: null };
  }
  const own = input.stream.produces.includes('engagement') || input.stream.deletionCheck !== null;
  if (own)
    return {
      since: mark.at ? new Date(mark.at.getTime() - input.recheckDays * DAY_MS) : null,
      sinceId: null,
    };
  return { since: mark.at ? new Date(mark.at.getTime() - HOUR_MS) : null, sinceId: mark.id };
}
