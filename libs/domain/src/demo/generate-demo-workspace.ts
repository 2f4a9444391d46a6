// A complete, clearly fictional demo workspace whose data makes the product's point: three accounts (run by
// staff, run by an agency, handed from one to the other), who answered their customers and how fast. Tweets are
// twcs-shaped so the demo goes through the same import pipeline as a real export.
import { generateAccountTraffic } from './account-traffic.js';
import { DEMO_TRAFFIC } from './demo-behaviour.js';
import { DEMO_STAND_INS } from './demo-cast.js';
import {
  buildDemoAccounts,
  buildDemoAssignments,
  buildDemoOperators,
  demoHandoverMs,
} from './demo-roster-plan.js';
import { DEMO_VOICES } from './demo-texts.js';
import type { DemoDataset, DemoWorkspaceOptions } from './demo.types.js';
import { toDemoTweets, type DraftTweet } from './draft-tweets.js';
import { createSeededRandom, deriveSeed } from '../statistics/seeded-random.util.js';
import { DAY_MS, HOUR_MS } from '../time/time-units.js';

/** Longer periods are allowed up to this; beyond it the demo would just be slow and huge. */
export const DEMO_MAX_PERIOD_DAYS = 400;

/** Where the demo's handed-over account changes hands in [from, to) by default: local midnight mid-period. */
export function demoHandoverAt(from: Date, to: Date): Date {
  return new Date(demoHandoverMs(Math.ceil(from.getTime() / 1000) * 1000, to.getTime()));
}

export function generateDemoWorkspace(options: DemoWorkspaceOptions): DemoDataset {
  const { seed, from, to } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  // Platform timestamps are whole seconds: start at the first whole second at or after `from`.
  const fromMs = Math.ceil(from.getTime() / 1000) * 1000;
  const toMs = to.getTime();
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs))
    throw new RangeError('from and to must be valid dates');
  if (toMs - fromMs < HOUR_MS) throw new RangeError('the demo period must be at least one hour long');
  if (toMs - fromMs > DEMO_MAX_PERIOD_DAYS * DAY_MS) {
    throw new RangeError(`the demo period must not exceed ${DEMO_MAX_PERIOD_DAYS} days`);
  }

  const accounts = buildDemoAccounts();
  const operators = buildDemoOperators();
  const handoverMs = options.handoverAt?.getTime() ?? demoHandoverMs(fromMs, toMs);
  if (!(handoverMs > fromMs && handoverMs < toMs))
    throw new RangeError(
      `handoverAt must lie inside the demo period, got ${options.handoverAt?.toISOString()}`,
    );
  const assignments = buildDemoAssignments(fromMs, handoverMs);
  const operatorsByName = new Map(operators.map((o) => [o.name, o]));
  const drafts: DraftTweet[] = [];
  // Customer ids start somewhere seed-dependent, like anonymised ids do, and are shared so they never collide.
  const customerIds = { last: 100_000 + createSeededRandom(deriveSeed(seed, 0)).int(0, 20_000) };

  accounts.forEach((account, index) => {
    generateAccountTraffic({
      // One stream per account: a change to one account's behaviour leaves the others' data as it was.
      rng: createSeededRandom(deriveSeed(seed, index + 1)),
      account,
      traffic: DEMO_TRAFFIC[account.handle],
      voice: DEMO_VOICES[account.handle],
      assignments: assignments.filter((a) => a.accountHandle === account.handle),
      operators: operatorsByName,
      standIns: DEMO_STAND_INS.filter((s) => s.accountHandle === account.handle),
      fromMs,
      toMs,
      customerIds,
      drafts,
    });
  });

  return { accounts, operators, assignments, tweets: toDemoTweets(drafts) };
}
