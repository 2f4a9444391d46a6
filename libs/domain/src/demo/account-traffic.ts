// One account's traffic: customers start conversations, whoever is (next) on shift answers after a delay that
// depends on who they are and when the message came in, customers sometimes write back, and the brand posts the
// odd announcement that draws comments. Appends drafts; ids and reply links are settled later.
import type { SourcingGroup } from '../model/facts.js';
import { sampleArrivals } from './arrival-sampler.js';
import {
  DEMO_CONVERSATION,
  DEMO_HOURLY_WEIGHTS,
  DEMO_REPLY_DELAYS,
  demoReplyDelayProfile,
  type DemoDelayProfile,
  type DemoTraffic,
} from './demo-behaviour.js';
import type { DemoStandIn } from './demo-cast.js';
import type { DemoAccount, DemoAssignment } from './demo.types.js';
import { fillTemplate, type DemoVoice } from './demo-texts.js';
import type { DraftTweet } from './draft-tweets.js';
import { nextCoverage, onShiftAt } from './demo-roster.js';
import type { SeededRandom } from '../statistics/seeded-random.util.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/time-units.js';
import { isWithinWindows } from './zoned-time.js';

export interface AccountTrafficContext {
  rng: SeededRandom;
  account: DemoAccount;
  traffic: DemoTraffic;
  voice: DemoVoice;
  /** This account's assignments only. */
  assignments: readonly DemoAssignment[];
  operators: ReadonlyMap<string, { sourcingGroup: SourcingGroup; signature: string }>;
  standIns: readonly DemoStandIn[];
  fromMs: number;
  toMs: number;
  /** Shared across accounts: customer ids are unique in the whole dataset. */
  customerIds: { last: number };
  /** Shared output; a draft's key is its index. */
  drafts: DraftTweet[];
}

interface Thread {
  customerId: string;
  reference: string;
}

interface AccountState extends AccountTrafficContext {
  knownCustomers: string[];
}

export function generateAccountTraffic(context: AccountTrafficContext): void {
  const state: AccountState = { ...context, knownCustomers: [] };
  // Announcements first: their timing does not depend on the conversations, and the order fixes the draws.
  postAnnouncements(state);
  for (const arrivalMs of arrivalsFor(state)) startConversation(state, arrivalMs);
}

function arrivalsFor(state: AccountState): number[] {
  const { fromMs, toMs, traffic } = state;
  const surgeFromMs = traffic.surge ? fromMs + Math.round(traffic.surge.atFraction * (toMs - fromMs)) : 0;
  return sampleArrivals(state.rng, {
    fromMs,
    toMs,
    timeZone: state.account.timeZone,
    perDay: traffic.threadsPerDay,
    hourWeights: DEMO_HOURLY_WEIGHTS,
    dayWeights: traffic.dayWeights,
    surge: traffic.surge
      ? {
          fromMs: surgeFromMs,
          toMs: surgeFromMs + traffic.surge.hours * HOUR_MS,
          factor: traffic.surge.factor,
        }
      : null,
  });
}

function seconds(rng: SeededRandom, profile: DemoDelayProfile, minimumSeconds: number): number {
  return Math.max(minimumSeconds, Math.round(rng.lognormal(profile.medianSeconds, profile.sigma)));
}

function push(state: AccountState, draft: Omit<DraftTweet, 'key'>): DraftTweet {
  const full = { key: state.drafts.length, ...draft };
  state.drafts.push(full);
  return full;
}

function customerFor(state: AccountState): string {
  const { rng, knownCustomers } = state;
  if (knownCustomers.length > 0 && rng.chance(DEMO_CONVERSATION.returningCustomerProbability)) {
    return rng.pick(knownCustomers);
  }
  state.customerIds.last += rng.int(1, 9);
  const id = String(state.customerIds.last);
  knownCustomers.push(id);
  return id;
}

function newThread(state: AccountState): Thread {
  return { customerId: customerFor(state), reference: String(state.rng.int(100_000, 999_999)) };
}

function startConversation(state: AccountState, arrivalMs: number): void {
  const { rng, account, voice } = state;
  const thread = newThread(state);
  const topic = rng.pick(voice.topics);
  const opener = push(state, {
    inbound: true,
    authorId: thread.customerId,
    createdAtMs: arrivalMs,
    text: `@${account.handle} ${fillTemplate(rng.pick(topic.customer), thread.reference)}`,
    parentKey: null,
  });
  answer(state, opener, thread, 0, topic.brand);
}

/** The brand's answer to one inbound message, and whatever the customer says back. */
function answer(
  state: AccountState,
  inbound: DraftTweet,
  thread: Thread,
  depth: number,
  templates: readonly string[],
): void {
  const { rng, voice, account } = state;
  if (rng.chance(DEMO_CONVERSATION.unansweredProbability)) return;
  const reply = planReply(state, inbound.createdAtMs);
  if (reply === null) return;
  const signature = rng.chance(DEMO_CONVERSATION.unsignedProbability) ? null : reply.signature;
  const body = `@${thread.customerId} ${fillTemplate(rng.pick(templates), thread.reference)}`;
  const brandReply = push(state, {
    inbound: false,
    authorId: account.handle,
    createdAtMs: reply.atMs,
    text: signature === null ? body : `${body} ${signature}`,
    parentKey: inbound.key,
  });

  const followUpProbability = DEMO_CONVERSATION.followUpProbability[depth] ?? 0;
  if (!rng.chance(followUpProbability)) return;
  const followUpMs = brandReply.createdAtMs + 1000 * seconds(rng, DEMO_CONVERSATION.customerReplyDelay, 60);
  if (followUpMs >= state.toMs) return;
  const followUp = push(state, {
    inbound: true,
    authorId: thread.customerId,
    createdAtMs: followUpMs,
    text: `@${account.handle} ${rng.pick(voice.customerFollowUps)}`,
    parentKey: brandReply.key,
  });
  answer(state, followUp, thread, depth + 1, voice.brandFollowUps);
}

interface PlannedPost {
  atMs: number;
  signature: string;
}

/**
 * Who answers a message that arrived at `arrivalMs`, and when: the person on shift (or the next one to come
 * on) picks it up; whoever is on shift when the reply goes out signs it.
 */
function planReply(state: AccountState, arrivalMs: number): PlannedPost | null {
  const { rng, account } = state;
  const coverage = nextCoverage(state.assignments, arrivalMs, account.timeZone);
  if (coverage === null) return null;
  const group = state.operators.get(coverage.assignment.operatorName)?.sourcingGroup ?? null;
  const profile = demoReplyDelayProfile(
    group,
    coverage.atMs > arrivalMs,
    isWithinWindows(account.businessHours, arrivalMs, account.timeZone),
  );
  let delaySeconds = seconds(rng, profile, DEMO_REPLY_DELAYS.minimumSeconds);
  if (rng.chance(DEMO_REPLY_DELAYS.escalation.probability)) {
    delaySeconds += seconds(rng, DEMO_REPLY_DELAYS.escalation.delay, 0);
  }
  return postAs(state, coverage.assignment.operatorName, coverage.atMs + delaySeconds * 1000);
}

function postAs(state: AccountState, fallbackOperator: string, atMs: number): PlannedPost | null {
  if (atMs >= state.toMs) return null;
  const poster =
    onShiftAt(state.assignments, atMs, state.account.timeZone)[0]?.operatorName ?? fallbackOperator;
  const fraction = (atMs - state.fromMs) / (state.toMs - state.fromMs);
  const standIn = state.standIns.find(
    (s) => s.replaces === poster && fraction >= s.fromFraction && fraction < s.toFraction,
  );
  const signature = standIn?.signature ?? state.operators.get(poster)?.signature;
  return signature === undefined ? null : { atMs, signature };
}

/** A few brand posts that reply to nobody, published by whoever is on shift, and the comments they draw. */
function postAnnouncements(state: AccountState): void {
  const { rng, account, voice, traffic } = state;
  for (let dayStart = state.fromMs; dayStart < state.toMs; dayStart += DAY_MS) {
    const count = rng.poisson(traffic.announcementsPerDay);
    for (let i = 0; i < count; i += 1) {
      const intended =
        Math.floor(rng.uniform(dayStart, Math.min(dayStart + DAY_MS, state.toMs)) / 1000) * 1000;
      const coverage = nextCoverage(state.assignments, intended, account.timeZone);
      if (coverage === null) continue;
      const settleIn = Math.round(rng.uniform(10 * MINUTE_MS, 120 * MINUTE_MS) / 1000) * 1000;
      const post = postAs(state, coverage.assignment.operatorName, coverage.atMs + settleIn);
      if (post === null) continue;
      const announcement = push(state, {
        inbound: false,
        authorId: account.handle,
        createdAtMs: post.atMs,
        text: `${rng.pick(voice.announcements)} ${post.signature}`,
        parentKey: null,
      });
      const comments = rng.poisson(DEMO_CONVERSATION.commentsPerAnnouncement);
      for (let c = 0; c < comments; c += 1) {
        const commentMs = announcement.createdAtMs + 1000 * seconds(rng, DEMO_CONVERSATION.commentDelay, 60);
        if (commentMs >= state.toMs) continue;
        const thread = newThread(state);
        const comment = push(state, {
          inbound: true,
          authorId: thread.customerId,
          createdAtMs: commentMs,
          text: `@${account.handle} ${rng.pick(voice.announcementComments)}`,
          parentKey: announcement.key,
        });
        // Depth 1: a comment thread gets at most one more round.
        answer(state, comment, thread, 1, voice.announcementReplies);
      }
    }
  }
}
