import { computeFirstResponses } from './first-responses.util.js';
import { brand, customer } from './responsiveness.fixtures.js';

describe('threaded replies', () => {
  test('agency answers overnight: FRT from the question to the reply', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T22:00:00Z')],
      [brand('r1', '2026-03-11T06:30:00Z', { inReplyToExternalId: 'q1' })],
    );
    expect(response).toMatchObject({
      responseSeconds: 8.5 * 3600,
      via: 'thread',
      responderOperatorId: 'op-agency',
      countsInFrt: true,
    });
    expect(response.reply?.externalId).toBe('r1');
  });

  test('two replies: the earliest is the first response and its author gets the credit', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T10:00:00Z')],
      [
        brand('late', '2026-03-10T12:00:00Z', { inReplyToExternalId: 'q1', operatorId: 'op-late' }),
        brand('early', '2026-03-10T10:05:00Z', { inReplyToExternalId: 'q1', operatorId: 'op-early' }),
      ],
    );
    expect(response.responseSeconds).toBe(300);
    expect(response.responderOperatorId).toBe('op-early');
  });

  test('no reply: unanswered, no FRT', () => {
    const [response] = computeFirstResponses([customer('q1', '2026-03-10T10:00:00Z')], []);
    expect(response).toMatchObject({
      reply: null,
      via: null,
      responseSeconds: null,
      responderOperatorId: null,
      countsInFrt: false,
    });
  });

  test('a reply from another account to the same id does not answer our customer', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T10:00:00Z')],
      [brand('r1', '2026-03-10T10:01:00Z', { accountId: 'other', inReplyToExternalId: 'q1' })],
    );
    expect(response.reply).toBeNull();
  });

  test('spam and likes expect no answer: left out', () => {
    const responses = computeFirstResponses(
      [
        customer('spam', '2026-03-10T10:00:00Z', { actionable: false }),
        customer('q1', '2026-03-10T10:00:00Z'),
      ],
      [],
    );
    expect(responses.map((r) => r.inbound.externalId)).toEqual(['q1']);
  });

  test('a reply in the same second is 0 s, not an error', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T10:00:00Z')],
      [brand('r1', '2026-03-10T10:00:00Z', { inReplyToExternalId: 'q1' })],
    );
    expect(response.responseSeconds).toBe(0);
    expect(response.negativeIntervals).toBe(0);
  });
});

describe('reply older than the question', () => {
  test('counted as a data error, no FRT, responder still known', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T10:00:00Z')],
      [brand('r1', '2026-03-10T09:00:00Z', { inReplyToExternalId: 'q1', operatorId: 'op-skewed' })],
    );
    expect(response).toMatchObject({
      negativeIntervals: 1,
      responseSeconds: null,
      countsInFrt: false,
      responderOperatorId: 'op-skewed',
    });
  });

  test('a later, plausible reply does not stand in as the first response', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T10:00:00Z')],
      [
        brand('r-bad', '2026-03-10T09:00:00Z', { inReplyToExternalId: 'q1' }),
        brand('r-good', '2026-03-10T11:00:00Z', { inReplyToExternalId: 'q1' }),
      ],
    );
    expect(response.responseSeconds).toBeNull();
    expect(response.reply?.externalId).toBe('r-bad');
    expect(response.negativeIntervals).toBe(1);
  });

  test('every negative pair is counted', () => {
    const [response] = computeFirstResponses(
      [customer('q1', '2026-03-10T10:00:00Z')],
      [
        brand('r-bad1', '2026-03-10T08:00:00Z', { inReplyToExternalId: 'q1' }),
        brand('r-bad2', '2026-03-10T09:00:00Z', { inReplyToExternalId: 'q1' }),
      ],
    );
    expect(response.negativeIntervals).toBe(2);
  });
});

describe('direct messages without threading', () => {
  const dm = (id: string, at: string) => customer(id, at, { conversationId: 'conv-1' });
  const brandDm = (id: string, at: string, operatorId = 'op-agency') =>
    brand(id, at, { conversationId: 'conv-1', operatorId });

  test('three customer messages, one brand message: all answered, one clock from the first', () => {
    const responses = computeFirstResponses(
      [dm('m1', '2026-03-10T10:00:00Z'), dm('m2', '2026-03-10T10:02:00Z'), dm('m3', '2026-03-10T10:05:00Z')],
      [brandDm('b1', '2026-03-10T10:30:00Z')],
    );
    expect(responses.map((r) => [r.inbound.externalId, r.responseSeconds, r.countsInFrt, r.via])).toEqual([
      ['m1', 1800, true, 'conversation'],
      ['m2', 1800, false, 'conversation'],
      ['m3', 1800, false, 'conversation'],
    ]);
  });

  test('a second turn starts its own clock after the brand message', () => {
    const responses = computeFirstResponses(
      [dm('m1', '2026-03-10T10:00:00Z'), dm('m2', '2026-03-10T11:00:00Z')],
      [brandDm('b1', '2026-03-10T10:10:00Z', 'op-day'), brandDm('b2', '2026-03-10T11:20:00Z', 'op-evening')],
    );
    expect(responses.map((r) => [r.responseSeconds, r.responderOperatorId, r.countsInFrt])).toEqual([
      [600, 'op-day', true],
      [1200, 'op-evening', true],
    ]);
  });

  test('the brand writes first: its opening message answers nobody', () => {
    const [response] = computeFirstResponses(
      [dm('m1', '2026-03-10T10:00:00Z')],
      [brandDm('b0', '2026-03-10T09:00:00Z')],
    );
    expect(response.reply).toBeNull();
  });

  test('the customer has the last word: still waiting', () => {
    const responses = computeFirstResponses(
      [dm('m1', '2026-03-10T10:00:00Z'), dm('m2', '2026-03-10T10:20:00Z')],
      [brandDm('b1', '2026-03-10T10:10:00Z')],
    );
    expect(responses.map((r) => r.reply?.externalId ?? null)).toEqual(['b1', null]);
  });

  test('another conversation’s brand message does not answer this one', () => {
    const [response] = computeFirstResponses(
      [dm('m1', '2026-03-10T10:00:00Z')],
      [brand('b1', '2026-03-10T10:10:00Z', { conversationId: 'conv-2' })],
    );
    expect(response.reply).toBeNull();
  });

  test('a non-actionable message (a like) does not start the clock', () => {
    const responses = computeFirstResponses(
      [
        customer('like', '2026-03-10T09:00:00Z', { conversationId: 'conv-1', actionable: false }),
        dm('m1', '2026-03-10T10:00:00Z'),
      ],
      [brandDm('b1', '2026-03-10T10:10:00Z')],
    );
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ responseSeconds: 600, countsInFrt: true });
  });

  test('a threaded reply inside a conversation answers only its parent', () => {
    const responses = computeFirstResponses(
      [dm('m1', '2026-03-10T10:00:00Z'), dm('m2', '2026-03-10T10:01:00Z')],
      [
        brand('b-thread', '2026-03-10T10:05:00Z', { conversationId: 'conv-1', inReplyToExternalId: 'm2' }),
        brandDm('b-turn', '2026-03-10T10:30:00Z'),
      ],
    );
    expect(
      responses.map((r) => [r.inbound.externalId, r.reply?.externalId, r.responseSeconds, r.via]),
    ).toEqual([
      ['m1', 'b-turn', 1800, 'conversation'],
      ['m2', 'b-thread', 240, 'thread'],
    ]);
  });
});
