import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { backlogSurgeRule } from './backlog-surge.rule.js';
import { DEFAULT_INCIDENT_RULE_SETTINGS } from './incident-rule-settings.util.js';
import type { DetectionFacts, DetectionInbound, DetectionOutbound } from './incident.types.js';
import { BRAND, facts, inbound, outbound } from './incidents.fixtures.js';

const settings = DEFAULT_INCIDENT_RULE_SETTINGS.backlogSurge;
const HOUR = 3_600_000;
const START = new Date('2011-03-01T00:00:00Z');

/** Two questions an hour for two weeks, each answered within 30 minutes: a backlog of about one. */
function steadyTraffic(): { inbound: DetectionInbound[]; outbound: DetectionOutbound[] } {
  const ins: DetectionInbound[] = [];
  const outs: DetectionOutbound[] = [];
  for (let h = 0; h < 14 * 24; h += 1) {
    for (const m of [5, 35]) {
      const at = new Date(START.getTime() + h * HOUR + m * 60_000);
      ins.push(inbound({ externalId: `s${h}-${m}`, createdAt: at }));
      outs.push(
        outbound({
          externalId: `r${h}-${m}`,
          kind: 'reply',
          inReplyToExternalId: `s${h}-${m}`,
          createdAt: new Date(at.getTime() + 20 * 60_000),
        }),
      );
    }
  }
  return { inbound: ins, outbound: outs };
}

function run(f: DetectionFacts) {
  return backlogSurgeRule(f, computeFirstResponses(f.inbound, f.outbound), settings);
}

describe('backlog surges', () => {
  test('forty questions nobody answers on day nine are a surge, from the first hour it shows', () => {
    const traffic = steadyTraffic();
    const burstStart = START.getTime() + 8 * 24 * HOUR + 10 * HOUR; // 9 March, 10:00 UTC
    const burst = Array.from({ length: 40 }, (_, i) =>
      inbound({ externalId: `b${i}`, createdAt: new Date(burstStart + i * 60_000) }),
    );
    const hits = run(
      facts({
        inbound: [...traffic.inbound, ...burst],
        outbound: traffic.outbound,
        dataEnd: new Date(START.getTime() + 14 * 24 * HOUR),
      }),
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      rule: 'backlog-surge',
      kind: 'backlog_surge',
      subject: { type: 'account_window', accountId: BRAND.id },
      occurredAt: new Date(burstStart + HOUR),
      details: { peak: 40, baselineMedian: 0 },
    });
    // The unanswered burst leaves the backlog after 72 hours: the surge's last hour is 12 March, 10:00.
    expect(hits[0].subject).toMatchObject({
      from: new Date(burstStart + HOUR),
      to: new Date(burstStart + 73 * HOUR),
    });
  });

  test('steady traffic is no surge, and neither is a busy account that is always busy', () => {
    const traffic = steadyTraffic();
    expect(run(facts({ ...traffic, dataEnd: new Date(START.getTime() + 14 * 24 * HOUR) }))).toEqual([]);
    // Thirty open items every hour, all week: high but usual.
    const backlogged = Array.from({ length: 240 * 30 }, (_, i) =>
      inbound({
        externalId: `x${i}`,
        createdAt: new Date(START.getTime() + Math.floor(i / 30) * HOUR),
        inReplyToExternalId: null,
      }),
    );
    const busy = backlogSurgeRule(
      facts({ inbound: backlogged, dataEnd: new Date(START.getTime() + 10 * 24 * HOUR) }),
      computeFirstResponses(backlogged, []),
      { ...settings, openHours: 1 },
    );
    expect(busy).toEqual([]);
  });

  test('without a day of history there is no baseline and no surge', () => {
    const burst = Array.from({ length: 40 }, (_, i) =>
      inbound({ externalId: `b${i}`, createdAt: new Date(START.getTime() + i * 60_000) }),
    );
    expect(run(facts({ inbound: burst, dataEnd: new Date(START.getTime() + 5 * HOUR) }))).toEqual([]);
  });
});
