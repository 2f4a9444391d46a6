import { accountHoursLookup } from '../business-hours/account-hours.util.js';
import type { AccountFact } from '../model/facts.js';
import { computeFirstResponses } from './first-responses.util.js';
import { brand, customer } from './responsiveness.fixtures.js';
import { computeSlaAttainment, slaOutcome } from './sla-attainment.util.js';
import { timeFirstResponses } from './timed-responses.util.js';

// A Vienna shop open Monday to Friday 09:00–17:00 (UTC+1 in February) with the default SLA of one business
// hour. The data ends Monday 16 February 2026 at 18:00 local.
const shop: AccountFact = {
  id: 'acc',
  handle: 'shop',
  platform: 'x',
  timeZone: 'Europe/Vienna',
  signaturePattern: null,
  businessHours: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 540, endMinute: 1020 })),
};
const dataEnd = new Date('2026-02-16T17:00:00Z');

describe('SLA of one business hour over a Vienna weekend', () => {
  const responses = timeFirstResponses(
    computeFirstResponses(
      [
        customer('fri-late', '2026-02-13T15:50:00Z'), // Friday 16:50
        customer('fri-quick', '2026-02-13T15:00:00Z'), // Friday 16:00
        customer('mon-slow', '2026-02-16T09:00:00Z'), // Monday 10:00
        customer('mon-ignored', '2026-02-16T09:00:00Z'), // Monday 10:00, never answered
        customer('mon-evening', '2026-02-16T15:30:00Z'), // Monday 16:30: deadline Tuesday 09:30
        customer('skewed', '2026-02-16T10:00:00Z'), // answered "before" it was asked
      ],
      [
        brand('r1', '2026-02-16T08:45:00Z', { inReplyToExternalId: 'fri-late' }), // Monday 09:45
        brand('r2', '2026-02-13T15:59:00Z', { inReplyToExternalId: 'fri-quick' }), // Friday 16:59
        brand('r3', '2026-02-16T10:30:00Z', { inReplyToExternalId: 'mon-slow' }), // Monday 11:30
        brand('r4', '2026-02-16T09:00:00Z', { inReplyToExternalId: 'skewed' }),
      ],
    ),
    accountHoursLookup([shop]),
  );
  const byId = new Map(responses.map((r) => [r.inbound.externalId, r]));

  test('Friday 16:50 answered Monday 09:45: 10 + 45 = 55 business minutes, 64 h 55 min on the calendar', () => {
    expect(byId.get('fri-late')).toMatchObject({
      businessSeconds: 55 * 60,
      responseSeconds: (64 * 60 + 55) * 60,
    });
    expect(slaOutcome(byId.get('fri-late')!, dataEnd)).toBe('met');
  });

  test('each item’s fate against the target', () => {
    expect(responses.map((r) => [r.inbound.externalId, slaOutcome(r, dataEnd)])).toEqual([
      ['fri-late', 'met'],
      ['fri-quick', 'met'], // 59 minutes
      ['mon-slow', 'breached'], // 90 minutes
      ['mon-ignored', 'breached'], // deadline Monday 11:00 has passed unanswered
      ['mon-evening', 'pending'], // deadline Tuesday 09:30 is after the end of the data
      ['skewed', 'data_error'],
    ]);
    expect(byId.get('mon-evening')!.slaDeadline?.toISOString()).toBe('2026-02-17T08:30:00.000Z');
  });

  test('attainment: 2 met of 4 decided = 50 %, one pending and one data error counted apart', () => {
    expect(computeSlaAttainment(responses, dataEnd)).toEqual({
      met: 2,
      breached: 2,
      pending: 1,
      dataErrors: 1,
      rate: 0.5,
    });
  });

  test('a 30-minute target: nothing is met, and Monday 16:30 is due at 17:00, before the data ends', () => {
    const strict = timeFirstResponses(
      responses,
      accountHoursLookup([{ ...shop, slaTargetSeconds: 30 * 60 }]),
    );
    // 55 and 59 business minutes both exceed 30; the Monday evening item is now decided, unanswered.
    expect(computeSlaAttainment(strict, dataEnd)).toEqual({
      met: 0,
      breached: 5,
      pending: 0,
      dataErrors: 1,
      rate: 0,
    });
  });
});
