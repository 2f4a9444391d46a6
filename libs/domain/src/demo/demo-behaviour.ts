// The behavioural knobs of the demo, in one place so the story the data tells is written down: customers write
// mostly in the evening; staff answer fast while in the office and not at all outside it; the agency is there
// round the clock but slower in the busy daytime hours, when one agent watches several brands.
import { IN_HOUSE, type SourcingGroup } from '../model/facts.js';
import { DEMO_ROLES } from './demo-cast.js';

export interface DemoDelayProfile {
  medianSeconds: number;
  /** Lognormal sigma: 1.0 puts the 90th percentile at about 3.6 × the median. */
  sigma: number;
}

/** Share of customer messages per local hour (index 0–23), relative: evenings busy, nights quiet. */
export const DEMO_HOURLY_WEIGHTS: readonly number[] = [
  0.35, 0.2, 0.12, 0.1, 0.1, 0.2, 0.5, 0.9, 1.1, 1.2, 1.2, 1.2, 1.25, 1.2, 1.15, 1.2, 1.3, 1.5, 1.7, 1.85,
  1.9, 1.8, 1.4, 0.8,
];

export interface DemoTraffic {
  /** Conversations customers start per day on average (follow-ups and comments come on top). */
  threadsPerDay: number;
  /** Relative volume per local weekday, 0 = Sunday. */
  dayWeights: readonly number[];
  /** One busy stretch (a storm, an app outage), placed as a fraction of the period. */
  surge: { atFraction: number; hours: number; factor: number } | null;
  /** Brand posts that are not replies (announcements), per day. */
  announcementsPerDay: number;
}

export const DEMO_TRAFFIC: Readonly<Record<string, DemoTraffic>> = {
  [DEMO_ROLES.staffRun]: {
    threadsPerDay: 30,
    dayWeights: [0.8, 1.2, 1.05, 1.0, 1.0, 1.1, 0.85],
    surge: { atFraction: 0.4, hours: 14, factor: 2.5 },
    announcementsPerDay: 0.35,
  },
  [DEMO_ROLES.agencyRun]: {
    threadsPerDay: 21,
    dayWeights: [1.2, 0.9, 0.9, 0.95, 1.0, 1.05, 1.3],
    surge: null,
    announcementsPerDay: 0.25,
  },
  [DEMO_ROLES.handedOver]: {
    threadsPerDay: 26,
    dayWeights: [0.85, 1.15, 1.05, 1.0, 1.0, 1.0, 0.9],
    surge: { atFraction: 0.65, hours: 8, factor: 2 },
    announcementsPerDay: 0.3,
  },
};

export const DEMO_REPLY_DELAYS = {
  /** Staff who are on shift when the message arrives: quick, they know the product. */
  inHouseOnShift: { medianSeconds: 8 * 60, sigma: 0.9 },
  /** Staff working through what piled up overnight or over the weekend, counted from their shift start. */
  inHouseBacklog: { medianSeconds: 40 * 60, sigma: 0.8 },
  /** Agency during the brand's business hours: several brands at their busiest, approval loops. */
  agencyBusinessHours: { medianSeconds: 30 * 60, sigma: 1.0 },
  /** Agency outside business hours: quiet desk, quick answers. */
  agencyOffHours: { medianSeconds: 13 * 60, sigma: 1.0 },
  /** The long tail: some cases need a back office, whoever answers. Added to the normal delay. */
  escalation: { probability: 0.04, delay: { medianSeconds: 5 * 3600, sigma: 0.8 } },
  /** Nobody answers faster than this (reading, typing). */
  minimumSeconds: 45,
} as const;

export const DEMO_CONVERSATION = {
  /** Messages the brand never answers (lost in the queue, judged not to need an answer). */
  unansweredProbability: 0.065,
  /** Chance that the customer writes back after the brand's reply, by depth of the exchange (0 = first reply). */
  followUpProbability: [0.3, 0.12] as readonly number[],
  customerReplyDelay: { medianSeconds: 20 * 60, sigma: 1.2 } satisfies DemoDelayProfile,
  /** Customer comments per announcement, on average. */
  commentsPerAnnouncement: 0.8,
  commentDelay: { medianSeconds: 45 * 60, sigma: 1.0 } satisfies DemoDelayProfile,
  /** Replies sent without a signature (forgotten): attribution must fall back to the roster or `unknown`. */
  unsignedProbability: 0.008,
  /** Share of conversations started by someone who wrote to the same account before. */
  returningCustomerProbability: 0.15,
} as const;

/** Which delay profile applies, given who picks the message up and when. */
export function demoReplyDelayProfile(
  group: SourcingGroup,
  waitedForShift: boolean,
  arrivedInBusinessHours: boolean,
): DemoDelayProfile {
  if (group === IN_HOUSE)
    return waitedForShift ? DEMO_REPLY_DELAYS.inHouseBacklog : DEMO_REPLY_DELAYS.inHouseOnShift;
  return arrivedInBusinessHours ? DEMO_REPLY_DELAYS.agencyBusinessHours : DEMO_REPLY_DELAYS.agencyOffHours;
}
