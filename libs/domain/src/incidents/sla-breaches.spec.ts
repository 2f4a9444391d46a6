import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { BRAND, inbound, outbound, viennaWed } from './incidents.fixtures.js';
import { businessHoursDeadline, calendarDeadline, findSlaBreaches } from './sla-breaches.util.js';

// Open Monday to Friday, 09:00–17:00 in Vienna; one hour to answer.
const officeHours = [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 540, endMinute: 1020 }));
const accounts = new Map([[BRAND.id, BRAND]]);
const business = businessHoursDeadline([
  {
    id: BRAND.id,
    handle: BRAND.handle,
    platform: 'x',
    timeZone: BRAND.timeZone,
    signaturePattern: null,
    businessHours: officeHours,
    slaTargetSeconds: 3600,
  },
]);

describe('SLA breaches, in business hours', () => {
  const lateQuestion = inbound({ externalId: 'q', createdAt: viennaWed('16:30') });
  const nextMorning = outbound({
    externalId: 'r',
    kind: 'reply',
    inReplyToExternalId: 'q',
    createdAt: viennaWed('09:20', 1),
  });
  const responses = computeFirstResponses([lateQuestion], [nextMorning]);

  test('a question at 16:30 answered at 09:20 next morning met its business-hours target (due 09:30)', () => {
    expect(findSlaBreaches(responses, accounts, viennaWed('12:00', 2), business)).toEqual([]);
    expect(business(lateQuestion.createdAt, BRAND)).toEqual(viennaWed('09:30', 1));
  });

  test('on the calendar clock the same answer is 16 hours late', () => {
    expect(findSlaBreaches(responses, accounts, viennaWed('12:00', 2), calendarDeadline)).toEqual([
      {
        accountId: BRAND.id,
        inboundExternalId: 'q',
        receivedAt: viennaWed('16:30'),
        deadline: viennaWed('17:30'),
        answeredAt: viennaWed('09:20', 1),
      },
    ]);
  });

  test('unanswered past the deadline is a breach once the data reaches beyond the deadline', () => {
    const unanswered = computeFirstResponses([lateQuestion], []);
    expect(findSlaBreaches(unanswered, accounts, viennaWed('09:29', 1), business)).toEqual([]);
    expect(findSlaBreaches(unanswered, accounts, viennaWed('09:31', 1), business)).toHaveLength(1);
  });
});
