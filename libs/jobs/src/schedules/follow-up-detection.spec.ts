import { followUpDetection } from './follow-up-detection.util.js';

describe('the detection that follows a collection or an import', () => {
  const ws = '6f1c0a52-0000-4000-8000-000000000001';

  test('every request in one window gets the same job, which starts at the end of the window', () => {
    const a = followUpDetection('collection', ws, new Date('2026-11-20T12:00:01Z'), 60);
    const b = followUpDetection('collection', ws, new Date('2026-11-20T12:00:59.999Z'), 60);
    const next = followUpDetection('collection', ws, new Date('2026-11-20T12:01:00.001Z'), 60);
    expect(a).toEqual(b);
    expect(a.slot).toEqual(new Date('2026-11-20T12:01:00Z'));
    expect(a.startAfter).toEqual(a.slot);
    expect(next.slot).toEqual(new Date('2026-11-20T12:02:00Z'));
    expect(a.data).toEqual({ workspaceId: ws, trigger: 'collection', scope: 'recent' });
  });

  test('an import asks for all facts, under a key of its own; a window of 0 starts at once', () => {
    const now = new Date('2026-11-20T12:00:01.5Z');
    const job = followUpDetection('import', ws, now, 0);
    expect(job.slot).toEqual(now);
    expect(job.data.scope).toBe('all');
    expect(job.scheduleKey).not.toBe(followUpDetection('collection', ws, now, 0).scheduleKey);
  });
});
