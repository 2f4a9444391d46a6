import { computeFirstResponses } from './first-responses.util.js';
import { computeResponseRate } from './response-rate.util.js';
import { brand, customer } from './responsiveness.fixtures.js';

const dataEnd = new Date('2026-03-20T00:00:00Z');

describe('response rate within 72 hours', () => {
  test('answered in time, answered late, never answered', () => {
    const responses = computeFirstResponses(
      [
        customer('fast', '2026-03-01T10:00:00Z'),
        customer('slow', '2026-03-01T10:00:00Z'),
        customer('ignored', '2026-03-01T10:00:00Z'),
      ],
      [
        brand('r-fast', '2026-03-01T11:00:00Z', { inReplyToExternalId: 'fast' }),
        brand('r-slow', '2026-03-05T10:00:00Z', { inReplyToExternalId: 'slow' }),
      ],
    );
    expect(computeResponseRate(responses, dataEnd)).toEqual({
      answeredWithin72h: 1,
      decided: 3,
      undecided: 0,
      rate: 1 / 3,
    });
  });

  test('exactly 72 hours is within 72 hours', () => {
    const responses = computeFirstResponses(
      [customer('q', '2026-03-01T10:00:00Z')],
      [brand('r', '2026-03-04T10:00:00Z', { inReplyToExternalId: 'q' })],
    );
    expect(computeResponseRate(responses, dataEnd).answeredWithin72h).toBe(1);
  });

  test('undecided items: younger than 72 hours at the end of the data, answered or not', () => {
    const responses = computeFirstResponses(
      [
        customer('old', '2026-03-10T00:00:00Z'),
        customer('young-answered', '2026-03-18T00:00:00Z'),
        customer('young-open', '2026-03-19T23:00:00Z'),
      ],
      [brand('r', '2026-03-18T00:10:00Z', { inReplyToExternalId: 'young-answered' })],
    );
    expect(computeResponseRate(responses, dataEnd)).toEqual({
      answeredWithin72h: 0,
      decided: 1,
      undecided: 2,
      rate: 0,
    });
  });

  test('an item exactly 72 hours old at the end of the data is decided', () => {
    const responses = computeFirstResponses([customer('q', '2026-03-17T00:00:00Z')], []);
    expect(computeResponseRate(responses, dataEnd)).toMatchObject({ decided: 1, undecided: 0 });
  });

  test('nothing decided yet: no rate, not 0 %', () => {
    const responses = computeFirstResponses([customer('q', '2026-03-19T00:00:00Z')], []);
    expect(computeResponseRate(responses, dataEnd)).toEqual({
      answeredWithin72h: 0,
      decided: 0,
      undecided: 1,
      rate: null,
    });
  });

  test('a reply older than the question sits in neither count', () => {
    const responses = computeFirstResponses(
      [customer('q', '2026-03-01T10:00:00Z')],
      [brand('r', '2026-03-01T09:00:00Z', { inReplyToExternalId: 'q' })],
    );
    expect(computeResponseRate(responses, dataEnd)).toEqual({
      answeredWithin72h: 0,
      decided: 0,
      undecided: 0,
      rate: null,
    });
  });

  test('a direct-message turn: every message answered on the turn’s clock', () => {
    const responses = computeFirstResponses(
      [
        customer('m1', '2026-03-01T10:00:00Z', { conversationId: 'c' }),
        customer('m2', '2026-03-03T10:00:00Z', { conversationId: 'c' }),
      ],
      [brand('b', '2026-03-04T12:00:00Z', { conversationId: 'c' })],
    );
    // The turn took 74 h from its first message: neither message counts as answered within 72 h.
    expect(computeResponseRate(responses, dataEnd)).toEqual({
      answeredWithin72h: 0,
      decided: 2,
      undecided: 0,
      rate: 0,
    });
  });
});
