// The fictional cast of the demo workspace: three accounts in the three situations the product is about
// (run by staff, run by an agency, handed from staff to the agency mid-period), the people who run them, and
// when. Everything here is invented; display names say "(demo)".
import { IN_HOUSE, type ShiftWindow, type SourcingGroup } from '../model/facts.js';
import type { DemoAccount } from './demo.types.js';
import { EVERY_DAY, WEEKDAYS, WEEKEND, onDays } from './weekly-windows.js';

export const DEMO_AGENCY_GROUP = 'agency:BrightReply';

/** Which handle plays which part, so specs and callers need not hard-code the list order. */
export const DEMO_ROLES = {
  staffRun: 'NordbahnHilfe',
  agencyRun: 'KaffeeKontor',
  handedOver: 'FernwoodWater',
} as const;

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    handle: DEMO_ROLES.staffRun,
    platform: 'x',
    displayName: 'Nordbahn Kundenservice (demo)',
    timeZone: 'Europe/Vienna',
    signaturePattern: null,
    businessHours: [...onDays(WEEKDAYS, '08:00', '18:00'), ...onDays([6], '09:00', '13:00')],
  },
  {
    handle: DEMO_ROLES.agencyRun,
    platform: 'x',
    displayName: 'Kaffee Kontor (demo)',
    timeZone: 'Europe/Berlin',
    signaturePattern: null,
    businessHours: onDays([1, 2, 3, 4, 5, 6], '09:00', '18:00'),
  },
  {
    handle: DEMO_ROLES.handedOver,
    platform: 'x',
    displayName: 'Fernwood Water (demo)',
    timeZone: 'Europe/London',
    signaturePattern: null,
    businessHours: onDays(WEEKDAYS, '08:00', '18:00'),
  },
];

export interface DemoCastMember {
  name: string;
  sourcingGroup: SourcingGroup;
  signature: string;
  alias: string;
}

// Signature styles vary on purpose (initials, name, en dash with a space): all match the default pattern.
export const DEMO_CAST: readonly DemoCastMember[] = [
  { name: 'Anna Keller', sourcingGroup: IN_HOUSE, signature: '^AK', alias: 'AK' },
  { name: 'Jonas Weber', sourcingGroup: IN_HOUSE, signature: '-Jonas', alias: 'Jonas' },
  { name: 'Lea Hofer', sourcingGroup: IN_HOUSE, signature: '^LH', alias: 'LH' },
  { name: 'Oliver Grant', sourcingGroup: IN_HOUSE, signature: '\u2013 Oliver', alias: 'Oliver' },
  { name: 'Mara Lindqvist', sourcingGroup: DEMO_AGENCY_GROUP, signature: '^ML', alias: 'ML' },
  { name: 'Tom Becker', sourcingGroup: DEMO_AGENCY_GROUP, signature: '-Tom', alias: 'Tom' },
  { name: 'Sofia Russo', sourcingGroup: DEMO_AGENCY_GROUP, signature: '^SR', alias: 'SR' },
  { name: 'Dev Patel', sourcingGroup: DEMO_AGENCY_GROUP, signature: '-Dev', alias: 'Dev' },
];

export type DemoShiftPhase = 'whole' | 'beforeHandover' | 'afterHandover';

export interface DemoShiftPlan {
  accountHandle: string;
  operatorName: string;
  /** `whole`: the entire period; the other two split the handed-over account at the handover instant. */
  phase: DemoShiftPhase;
  shifts: ShiftWindow[];
}

// Within one account at most one person is on shift at any time, so roster attribution has an answer for
// unsigned replies. Agency people work several brands at once (Tom, Sofia, Dev), as agency desks do.
export const DEMO_SHIFT_PLANS: readonly DemoShiftPlan[] = [
  // Staff: business hours plus a short weekend slot; nobody watches the account at night.
  {
    accountHandle: DEMO_ROLES.staffRun,
    operatorName: 'Anna Keller',
    phase: 'whole',
    shifts: onDays(WEEKDAYS, '07:00', '13:00'),
  },
  {
    accountHandle: DEMO_ROLES.staffRun,
    operatorName: 'Jonas Weber',
    phase: 'whole',
    shifts: onDays(WEEKDAYS, '13:00', '19:00'),
  },
  {
    accountHandle: DEMO_ROLES.staffRun,
    operatorName: 'Lea Hofer',
    phase: 'whole',
    shifts: [...onDays([6], '09:00', '15:00'), ...onDays([0], '10:00', '14:00')],
  },
  // Agency: round the clock, with a night desk.
  {
    accountHandle: DEMO_ROLES.agencyRun,
    operatorName: 'Mara Lindqvist',
    phase: 'whole',
    shifts: onDays(WEEKDAYS, '06:00', '14:00'),
  },
  {
    accountHandle: DEMO_ROLES.agencyRun,
    operatorName: 'Tom Becker',
    phase: 'whole',
    shifts: onDays(WEEKDAYS, '14:00', '22:00'),
  },
  {
    accountHandle: DEMO_ROLES.agencyRun,
    operatorName: 'Sofia Russo',
    phase: 'whole',
    shifts: onDays(WEEKEND, '06:00', '22:00'),
  },
  {
    accountHandle: DEMO_ROLES.agencyRun,
    operatorName: 'Dev Patel',
    phase: 'whole',
    shifts: onDays(EVERY_DAY, '22:00', '06:00'),
  },
  // Handed over: one staff member in office hours, then the agency every day from early till late and at night.
  {
    accountHandle: DEMO_ROLES.handedOver,
    operatorName: 'Oliver Grant',
    phase: 'beforeHandover',
    shifts: onDays(WEEKDAYS, '08:00', '18:00'),
  },
  {
    accountHandle: DEMO_ROLES.handedOver,
    operatorName: 'Sofia Russo',
    phase: 'afterHandover',
    shifts: onDays(EVERY_DAY, '07:00', '15:00'),
  },
  {
    accountHandle: DEMO_ROLES.handedOver,
    operatorName: 'Tom Becker',
    phase: 'afterHandover',
    shifts: onDays(EVERY_DAY, '15:00', '21:00'),
  },
  {
    accountHandle: DEMO_ROLES.handedOver,
    operatorName: 'Dev Patel',
    phase: 'afterHandover',
    shifts: onDays(EVERY_DAY, '21:00', '07:00'),
  },
];

/**
 * Someone who answers in a registered operator's place without being registered anywhere (a temp covering a
 * few shifts). Their signature matches the pattern but maps to nobody: the "unassigned" list is never empty.
 */
export interface DemoStandIn {
  accountHandle: string;
  replaces: string;
  signature: string;
  /** Part of the period, as fractions of its length, in which the stand-in covers. */
  fromFraction: number;
  toFraction: number;
}

export const DEMO_STAND_INS: readonly DemoStandIn[] = [
  {
    accountHandle: DEMO_ROLES.agencyRun,
    replaces: 'Tom Becker',
    signature: '-Kim',
    fromFraction: 0.3,
    toFraction: 0.42,
  },
  {
    accountHandle: DEMO_ROLES.handedOver,
    replaces: 'Dev Patel',
    signature: '^JB',
    fromFraction: 0.7,
    toFraction: 0.8,
  },
];
