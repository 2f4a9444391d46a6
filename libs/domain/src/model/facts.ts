// The facts the domain computes on. Plain data, no ORM types: repositories map rows to these shapes.
// All instants are JavaScript Dates built from platform timestamps (never ingestion time).
import type { GroupMembershipFact } from '../roster/group-at.util.js';
import type { HolidayCalendar } from './business-hours.types.js';

/** `in_house`, `agency:<name>`, or null for an operator nobody has placed in a group yet ("unassigned"). */
export type SourcingGroup = string | null;

export const IN_HOUSE = 'in_house';
export const UNASSIGNED_GROUP_LABEL = 'unassigned';
export const UNKNOWN_OPERATOR_LABEL = 'unknown';

export type AttributionSource = 'platform' | 'tool' | 'signature' | 'roster' | 'unknown';

export interface AccountFact {
  id: string;
  handle: string;
  platform: string;
  timeZone: string;
  /** JavaScript regular expression source; group 1 captures the signature. Null: the default pattern. */
  signaturePattern: string | null;
  /** Weekly open hours in the account's time zone. Null, absent or empty: open around the clock. */
  businessHours?: readonly ShiftWindow[] | null;
  /** Holidays that close the account on days its weekly hours would open it. Null or absent: none. */
  holidays?: HolidayCalendar | null;
  /** First-response SLA target in business seconds. Absent: DEFAULT_SLA_TARGET_SECONDS (60 minutes). */
  slaTargetSeconds?: number;
}

export interface OperatorFact {
  id: string;
  name: string;
  /** The current group (that of the latest membership); the group for all time when no memberships are given. */
  sourcingGroup: SourcingGroup;
  /**
   * The dated group memberships (roster/group-at.util.ts): what every group attribution reads, at the item's
   * instant. Absent or empty: `sourcingGroup` holds for all time (facts built without history).
   */
  memberships?: readonly GroupMembershipFact[];
}

export interface OperatorAliasFact {
  accountId: string;
  signature: string;
  operatorId: string;
}

/** A weekly shift window in the account's time zone: day 0 = Sunday … 6 = Saturday, minutes since midnight. */
export interface ShiftWindow {
  day: number;
  startMinute: number;
  endMinute: number;
}

export interface AssignmentFact {
  accountId: string;
  operatorId: string;
  from: Date;
  /** Exclusive end; null while the assignment runs. */
  to: Date | null;
  /** Null: on shift at any time within [from, to). */
  shifts: ShiftWindow[] | null;
}

export interface InboundItemFact {
  accountId: string;
  externalId: string;
  createdAt: Date;
  /** Conversation key for direct messages without threading; null for threaded items. */
  conversationId: string | null;
  /** False for spam, pure reactions and the account's own operators' items (see METRICS.md, actionable inbound). */
  actionable: boolean;
}

export interface OutboundItemFact {
  accountId: string;
  externalId: string;
  createdAt: Date;
  /** External id of the item this one replies to, on the same platform; null for a top-level post. */
  inReplyToExternalId: string | null;
  /** Conversation key for direct messages without threading; null for threaded items. */
  conversationId: string | null;
  operatorId: string | null;
  attributionSource: AttributionSource;
}
