import { existsSync } from 'node:fs';
import { computeResponsiveness } from './responsiveness-metrics.util.js';
import type { MetricsResult } from './metrics.types.js';
import {
  SHARED_DATA_DIR,
  TWCS_SAMPLE_PATH,
  loadTwcsSample,
  parseTwitterDate,
  type TwcsFacts,
} from './twcs-sample.test-helper.js';

// Acceptance check on real data: 93 tweets of 13 brands, 10–12 October 2017. Skipped only when the shared
// data folder is absent (then the path is printed); a missing file inside it fails the load loudly.
const hasSharedData = existsSync(SHARED_DATA_DIR);
if (!hasSharedData)
  console.warn(`twcs acceptance skipped: shared data folder not found at ${SHARED_DATA_DIR}`);
const describeWithData = hasSharedData ? describe : describe.skip;

describeWithData(`customer support on Twitter, by account (${TWCS_SAMPLE_PATH})`, () => {
  let facts: TwcsFacts;
  let dataEnd: Date;
  let result: MetricsResult;
  const baseInput = () => ({
    from: new Date('2017-10-10T00:00:00Z'),
    to: new Date('2017-10-13T00:00:00Z'),
    dataEnd,
    accounts: facts.accounts,
    operators: facts.operators,
    assignments: [],
    inbound: facts.inbound,
    outbound: facts.outbound,
  });

  beforeAll(() => {
    // Throws with the path if the file is missing although the shared data folder is present.
    facts = loadTwcsSample();
    dataEnd = new Date(
      Math.max(...[...facts.inbound, ...facts.outbound].map((item) => item.createdAt.getTime())),
    );
    result = computeResponsiveness({ ...baseInput(), dimension: 'account' });
  });

  const row = (key: string) => result.rows.find((r) => r.key === key)!;

  test('the file parses: 93 tweets, 13 brands', () => {
    expect(facts.inbound.length + facts.outbound.length + facts.orphanInbound).toBe(93);
    expect(facts.accounts).toHaveLength(13);
  });

  test('41 customer tweets answered, median FRT 2876 s, mean 8406.54 s', () => {
    expect(result.total.answered).toBe(41);
    expect(result.total.frt.count).toBe(41);
    expect(result.total.frt.median).toBe(2876);
    expect(Number(result.total.frt.mean!.toFixed(2))).toBe(8406.54);
  });

  test('AppleSupport: 13 answered, median 22662 s (it answers the night’s tweets in the morning)', () => {
    expect(row('AppleSupport').answered).toBe(13);
    expect(row('AppleSupport').frt.median).toBe(22662);
  });

  test('Tesco: 7 answered, median 141 s', () => {
    expect(row('Tesco').answered).toBe(7);
    expect(row('Tesco').frt.median).toBe(141);
  });

  test('no reply in the sample is older than its question', () => {
    expect(result.total.negativeIntervals).toBe(0);
  });

  test('three days of data: every item is younger than 72 hours, so nothing is decided yet', () => {
    expect(result.total.responseRate).toEqual({
      answeredWithin72h: 0,
      decided: 0,
      undecided: result.total.inbound,
      rate: null,
    });
  });

  test('rows add up to the total and are sorted by label', () => {
    expect(result.rows.reduce((sum, r) => sum + r.inbound, 0)).toBe(result.total.inbound);
    expect(result.rows.reduce((sum, r) => sum + r.outbound, 0)).toBe(result.total.outbound);
    expect(result.rows.map((r) => r.label)).toEqual(
      [...result.rows.map((r) => r.label)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  test('the same data by group: signers are unassigned, AppleSupport never signs and stays unknown', () => {
    const byGroup = computeResponsiveness({ ...baseInput(), dimension: 'group' });
    expect(byGroup.rows.map((r) => r.key)).toEqual(['unassigned', 'unknown']);
    expect(byGroup.rows.reduce((sum, r) => sum + r.answered, 0)).toBe(41);
    expect(byGroup.rows.find((r) => r.key === 'unknown')!.answered).toBeGreaterThanOrEqual(13);
  });
});

test('twcs dates carry their offset', () => {
  expect(parseTwitterDate('Wed Oct 11 06:55:44 +0000 2017').toISOString()).toBe('2017-10-11T06:55:44.000Z');
  expect(parseTwitterDate('Wed Oct 11 08:55:44 +0200 2017').toISOString()).toBe('2017-10-11T06:55:44.000Z');
});
