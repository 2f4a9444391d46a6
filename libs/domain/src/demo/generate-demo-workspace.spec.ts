import { IN_HOUSE } from '../model/facts.js';
import { DEMO_AGENCY_GROUP, DEMO_ROLES, DEMO_STAND_INS } from './demo-cast.js';
import { onShiftAt } from './demo-roster.js';
import type { DemoDataset, DemoTweet } from './demo.types.js';
import { generateDemoWorkspace } from './generate-demo-workspace.js';
import { DAY_MS, MINUTE_MS, WEEK_MS } from '../time/time-units.js';
import { isWithinWindows, localWeekTime, startOfLocalDay } from './zoned-time.js';

// METRICS.md, attribution step 3: the default signature pattern, applied to the right-trimmed text.
const DEFAULT_SIGNATURE = /(?:\^|-|\u2013)\s?([A-Z][A-Za-z]{1,11})$/;
const signatureOf = (text: string): string | null => DEFAULT_SIGNATURE.exec(text.trimEnd())?.[1] ?? null;

// March 2024 includes the switch to summer time (31 March) in all three zones.
const FROM = new Date('2024-03-01T00:00:00Z');
const TO = new Date('2024-04-01T00:00:00Z');
const DAYS = (TO.getTime() - FROM.getTime()) / DAY_MS;

const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const p90 = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.ceil(0.9 * values.length) - 1];

/** The account an inbound tweet addresses, or the brand tweet's author. */
function accountOf(tweet: DemoTweet, handles: string[]): string {
  return tweet.inbound ? (handles.find((h) => tweet.text.startsWith(`@${h} `)) ?? '') : tweet.authorId;
}

describe('generateDemoWorkspace', () => {
  let dataset: DemoDataset;
  let byId: Map<string, DemoTweet>;
  let handles: string[];

  beforeAll(() => {
    dataset = generateDemoWorkspace({ seed: 42, from: FROM, to: TO });
    byId = new Map(dataset.tweets.map((t) => [t.tweetId, t]));
    handles = dataset.accounts.map((a) => a.handle);
  });

  describe('determinism', () => {
    it('gives exactly the same dataset for the same seed and dates', () => {
      expect(generateDemoWorkspace({ seed: 42, from: FROM, to: TO })).toEqual(dataset);
    });

    it('gives different traffic for a different seed', () => {
      const other = generateDemoWorkspace({ seed: 43, from: FROM, to: TO });
      expect(other.tweets).not.toEqual(dataset.tweets);
      expect(other.assignments).toEqual(dataset.assignments);
    });
  });

  describe('accounts and operators', () => {
    it('has three X accounts with time zones and business hours', () => {
      expect(dataset.accounts.map((a) => [a.handle, a.platform, a.timeZone])).toEqual([
        [DEMO_ROLES.staffRun, 'x', 'Europe/Vienna'],
        [DEMO_ROLES.agencyRun, 'x', 'Europe/Berlin'],
        [DEMO_ROLES.handedOver, 'x', 'Europe/London'],
      ]);
      for (const account of dataset.accounts) {
        expect(account.displayName).toContain('(demo)');
        expect(account.businessHours.length).toBeGreaterThan(0);
      }
    });

    it('has three or four people per group, each with a signature the default pattern reads as their alias', () => {
      const inHouse = dataset.operators.filter((o) => o.sourcingGroup === IN_HOUSE);
      const agency = dataset.operators.filter((o) => o.sourcingGroup === DEMO_AGENCY_GROUP);
      expect(inHouse.length).toBeGreaterThanOrEqual(3);
      expect(inHouse.length).toBeLessThanOrEqual(4);
      expect(agency.length).toBeGreaterThanOrEqual(3);
      expect(agency.length).toBeLessThanOrEqual(4);
      for (const operator of dataset.operators) {
        expect(signatureOf(`Danke! ${operator.signature}`)).toBe(operator.alias);
        expect(operator.accountHandles.length).toBeGreaterThan(0);
      }
      expect(new Set(dataset.operators.map((o) => o.alias)).size).toBe(dataset.operators.length);
    });
  });

  describe('assignments', () => {
    const groupOf = (name: string) => dataset.operators.find((o) => o.name === name)?.sourcingGroup;
    const of = (handle: string) => dataset.assignments.filter((a) => a.accountHandle === handle);

    it('runs the first account with staff in business-hours shifts for the whole period', () => {
      const staff = of(DEMO_ROLES.staffRun);
      expect(staff.length).toBeGreaterThanOrEqual(2);
      for (const a of staff) {
        expect(groupOf(a.operatorName)).toBe(IN_HOUSE);
        expect([a.from, a.to]).toEqual([FROM, null]);
        expect(a.shifts?.length).toBeGreaterThan(0);
      }
      // Nobody watches the staff account at 03:00 local.
      const night = Date.parse('2024-03-13T02:00:00Z');
      expect(onShiftAt(staff, night, 'Europe/Vienna')).toEqual([]);
    });

    it('runs the second account with the agency around the clock', () => {
      const agency = of(DEMO_ROLES.agencyRun);
      for (const a of agency) {
        expect(groupOf(a.operatorName)).toBe(DEMO_AGENCY_GROUP);
        expect([a.from, a.to]).toEqual([FROM, null]);
      }
      for (let t = FROM.getTime(); t < FROM.getTime() + WEEK_MS; t += 30 * MINUTE_MS) {
        expect(onShiftAt(agency, t, 'Europe/Berlin')).toHaveLength(1);
      }
    });

    it('hands the third account from staff to the agency at local midnight in the middle of the period', () => {
      const assignments = of(DEMO_ROLES.handedOver);
      const staff = assignments.filter((a) => groupOf(a.operatorName) === IN_HOUSE);
      const agency = assignments.filter((a) => groupOf(a.operatorName) === DEMO_AGENCY_GROUP);
      expect(staff.length).toBeGreaterThan(0);
      expect(agency.length).toBeGreaterThan(0);
      expect(staff.length + agency.length).toBe(assignments.length);
      const handover = staff[0].to as Date;
      for (const a of staff) expect([a.from, a.to]).toEqual([FROM, handover]);
      for (const a of agency) expect([a.from, a.to]).toEqual([handover, null]);
      const middle = (FROM.getTime() + TO.getTime()) / 2;
      expect(Math.abs(handover.getTime() - middle)).toBeLessThanOrEqual(DAY_MS);
      expect(startOfLocalDay(handover.getTime(), 'Europe/London')).toBe(handover.getTime());
    });

    it('never has two people on shift for the same account at once, so the roster can attribute', () => {
      for (const account of dataset.accounts) {
        const assignments = of(account.handle);
        for (let t = FROM.getTime(); t < TO.getTime(); t += 15 * MINUTE_MS) {
          expect(onShiftAt(assignments, t, account.timeZone).length).toBeLessThanOrEqual(1);
        }
      }
    });
  });

  describe('tweets', () => {
    it('are sorted, unique, inside the period, in whole seconds', () => {
      const ids = dataset.tweets.map((t) => t.tweetId);
      expect(new Set(ids).size).toBe(ids.length);
      for (let i = 0; i < dataset.tweets.length; i += 1) {
        const t = dataset.tweets[i].createdAt.getTime();
        expect(t).toBeGreaterThanOrEqual(FROM.getTime());
        expect(t).toBeLessThan(TO.getTime());
        expect(t % 1000).toBe(0);
        if (i > 0) expect(t).toBeGreaterThanOrEqual(dataset.tweets[i - 1].createdAt.getTime());
      }
    });

    it('link replies consistently both ways, each reply after its parent', () => {
      for (const tweet of dataset.tweets) {
        for (const childId of tweet.responseTweetIds) {
          expect(byId.get(childId)?.inResponseToTweetId).toBe(tweet.tweetId);
        }
        if (tweet.inResponseToTweetId !== null) {
          const parent = byId.get(tweet.inResponseToTweetId) as DemoTweet;
          expect(parent.responseTweetIds).toContain(tweet.tweetId);
          expect(tweet.createdAt.getTime()).toBeGreaterThan(parent.createdAt.getTime());
          // Conversations alternate between customer and brand.
          expect(parent.inbound).not.toBe(tweet.inbound);
        }
      }
    });

    it('are authored like twcs rows: customers by numeric id, brands by handle', () => {
      for (const tweet of dataset.tweets) {
        if (tweet.inbound) {
          expect(tweet.authorId).toMatch(/^\d+$/);
          expect(accountOf(tweet, handles)).not.toBe('');
        } else {
          expect(handles).toContain(tweet.authorId);
          if (tweet.inResponseToTweetId !== null) {
            expect(tweet.text.startsWith(`@${byId.get(tweet.inResponseToTweetId)?.authorId} `)).toBe(true);
          }
        }
      }
    });

    it('has 20–60 inbound items per account per day, more in the evening than at night', () => {
      for (const account of dataset.accounts) {
        const inbound = dataset.tweets.filter((t) => t.inbound && accountOf(t, handles) === account.handle);
        expect(inbound.length / DAYS).toBeGreaterThanOrEqual(20);
        expect(inbound.length / DAYS).toBeLessThanOrEqual(60);
        const hourOf = (t: DemoTweet) => Math.floor(localWeekTime(t.createdAt, account.timeZone).minute / 60);
        const evening = inbound.filter((t) => hourOf(t) >= 18 && hourOf(t) < 22).length;
        const night = inbound.filter((t) => hourOf(t) >= 1 && hourOf(t) < 5).length;
        expect(evening).toBeGreaterThan(5 * night);
      }
    });

    it('leaves 5–10% of inbound unanswered, per account', () => {
      for (const account of dataset.accounts) {
        const inbound = dataset.tweets.filter((t) => t.inbound && accountOf(t, handles) === account.handle);
        const unanswered = inbound.filter((t) => t.responseTweetIds.length === 0).length;
        expect(unanswered / inbound.length).toBeGreaterThanOrEqual(0.05);
        expect(unanswered / inbound.length).toBeLessThanOrEqual(0.1);
      }
    });

    it('has follow-ups in threads and announcements that are not replies', () => {
      const followUps = dataset.tweets.filter(
        (t) => t.inbound && t.inResponseToTweetId !== null && t.responseTweetIds.length > 0,
      );
      expect(followUps.length).toBeGreaterThan(100);
      for (const account of dataset.accounts) {
        const announcements = dataset.tweets.filter(
          (t) => !t.inbound && t.authorId === account.handle && t.inResponseToTweetId === null,
        );
        expect(announcements.length).toBeGreaterThan(0);
      }
    });
  });

  describe('signatures', () => {
    it('end every brand text except a few deliberately unsigned ones', () => {
      const brand = dataset.tweets.filter((t) => !t.inbound);
      const unsigned = brand.filter((t) => signatureOf(t.text) === null);
      expect(unsigned.length).toBeGreaterThan(0);
      expect(unsigned.length / brand.length).toBeLessThan(0.02);
      // The unsigned ones are replies: the roster (or `unknown`) has to attribute them.
      for (const t of unsigned) expect(t.inResponseToTweetId).not.toBeNull();
    });

    it('belong to the account’s registered operators, except one or two nobody registered', () => {
      const unregistered = new Set<string>();
      for (const tweet of dataset.tweets.filter((t) => !t.inbound)) {
        const alias = signatureOf(tweet.text);
        if (alias === null) continue;
        const operator = dataset.operators.find((o) => o.alias === alias);
        if (operator) expect(operator.accountHandles).toContain(tweet.authorId);
        else unregistered.add(alias);
      }
      const standIns = DEMO_STAND_INS.map((s) => signatureOf(s.signature));
      expect([...unregistered].sort()).toEqual([...standIns].sort());
      expect(unregistered.size).toBeGreaterThanOrEqual(1);
    });
  });

  describe('responsiveness story', () => {
    // First-reply delays in seconds, keyed by the replying group and whether the message came in business hours.
    const delays = (): Record<string, number[]> => {
      const buckets: Record<string, number[]> = {};
      for (const reply of dataset.tweets) {
        if (reply.inbound || reply.inResponseToTweetId === null) continue;
        const parent = byId.get(reply.inResponseToTweetId) as DemoTweet;
        const group = dataset.operators.find((o) => o.alias === signatureOf(reply.text))?.sourcingGroup;
        if (!group) continue;
        const account = dataset.accounts.find((a) => a.handle === reply.authorId);
        if (!account) continue;
        const hours = isWithinWindows(account.businessHours, parent.createdAt, account.timeZone)
          ? 'open'
          : 'closed';
        const key = `${group}/${hours}`;
        (buckets[key] ??= []).push((reply.createdAt.getTime() - parent.createdAt.getTime()) / 1000);
      }
      return buckets;
    };

    it('has staff faster in business hours and the agency faster outside them', () => {
      const d = delays();
      const staffOpen = median(d[`${IN_HOUSE}/open`]);
      const staffClosed = median(d[`${IN_HOUSE}/closed`]);
      const agencyOpen = median(d[`${DEMO_AGENCY_GROUP}/open`]);
      const agencyClosed = median(d[`${DEMO_AGENCY_GROUP}/closed`]);
      for (const values of Object.values(d)) expect(values.length).toBeGreaterThanOrEqual(100);
      expect(agencyOpen).toBeGreaterThan(2 * staffOpen);
      expect(staffClosed).toBeGreaterThan(3 * agencyClosed);
    });

    it('has a long tail wherever someone is on duty when the message arrives', () => {
      // Staff off-hours delays are dominated by the wait for the next shift, not by the lognormal.
      const d = delays();
      for (const key of [`${IN_HOUSE}/open`, `${DEMO_AGENCY_GROUP}/open`, `${DEMO_AGENCY_GROUP}/closed`]) {
        const values = d[key];
        expect(p90(values)).toBeGreaterThan(2.5 * median(values));
        expect(Math.max(...values)).toBeGreaterThan(10 * median(values));
      }
    });
  });

  describe('periods', () => {
    it('generates a whole month, every item inside it', () => {
      const from = new Date('2024-06-01T00:00:00Z');
      const to = new Date('2024-07-01T00:00:00Z');
      const demo = generateDemoWorkspace({ seed: 7, from, to });
      expect(demo.tweets.length).toBeGreaterThan(1000);
      expect(demo.tweets.every((t) => t.createdAt >= from && t.createdAt < to)).toBe(true);
    });

    it('works for a short period with odd boundaries', () => {
      const from = new Date('2024-05-06T09:30:00.250Z');
      const to = new Date('2024-05-08T17:45:00Z');
      const short = generateDemoWorkspace({ seed: 1, from, to });
      expect(short.tweets.length).toBeGreaterThan(50);
      for (const t of short.tweets) {
        expect(t.createdAt.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(t.createdAt.getTime()).toBeLessThan(to.getTime());
      }
      const handover = short.assignments.find((a) => a.accountHandle === DEMO_ROLES.handedOver && a.to)?.to;
      expect(handover?.getTime()).toBeGreaterThan(from.getTime());
      expect(handover?.getTime()).toBeLessThan(to.getTime());
    });

    it('hands over where it is told: two months with the handover in the middle of the second', () => {
      const from = new Date('2024-02-01T00:00:00Z');
      const handoverAt = new Date('2024-03-16T00:00:00Z');
      const two = generateDemoWorkspace({ seed: 7, from, to: TO, handoverAt });
      const handed = two.assignments.filter((a) => a.accountHandle === DEMO_ROLES.handedOver);
      expect(handed.filter((a) => a.to !== null).map((a) => [a.from, a.to])).toEqual(
        handed.filter((a) => a.to !== null).map(() => [from, handoverAt]),
      );
      expect(
        handed.filter((a) => a.to === null).every((a) => a.from.getTime() === handoverAt.getTime()),
      ).toBe(true);
      // Both months hold traffic: the previous month is a month of data, not a prefix of the handover.
      expect(two.tweets.some((t) => t.createdAt < new Date('2024-03-01T00:00:00Z'))).toBe(true);
      expect(two.tweets.some((t) => t.createdAt >= new Date('2024-03-01T00:00:00Z'))).toBe(true);
      expect(() => generateDemoWorkspace({ seed: 7, from, to: TO, handoverAt: TO })).toThrow(
        /handoverAt must lie inside the demo period/,
      );
    });

    it('rejects empty, reversed, overlong periods and bad seeds', () => {
      const d = (iso: string) => new Date(iso);
      expect(() => generateDemoWorkspace({ seed: 1, from: d('2024-03-02'), to: d('2024-03-01') })).toThrow(
        RangeError,
      );
      expect(() => generateDemoWorkspace({ seed: 1, from: d('2024-03-01'), to: d('2024-03-01') })).toThrow(
        RangeError,
      );
      expect(() => generateDemoWorkspace({ seed: 1, from: d('2020-01-01'), to: d('2024-01-01') })).toThrow(
        RangeError,
      );
      expect(() => generateDemoWorkspace({ seed: 1, from: d('nonsense'), to: d('2024-01-01') })).toThrow(
        RangeError,
      );
      expect(() =>
        generateDemoWorkspace({ seed: Number.NaN, from: d('2024-03-01'), to: d('2024-03-02') }),
      ).toThrow(RangeError);
    });
  });
});
