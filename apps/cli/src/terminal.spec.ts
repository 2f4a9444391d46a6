import { ProgressLine } from './terminal.js';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    stream: { isTTY, write: (t: string) => written.push(t) } as unknown as NodeJS.WriteStream,
  };
}

describe('progress of a long import', () => {
  test('on a terminal: one line rewritten at most five times a second, cleared at the end', () => {
    let now = 1_000;
    const out = stream(true);
    const progress = new ProgressLine(out.stream, () => now);
    progress.update('10,000 rows');
    now += 100;
    progress.update('20,000 rows');
    now += 150;
    progress.update('30,000 rows');
    progress.done();
    expect(out.written).toEqual(['\r10,000 rows\x1b[K', '\r30,000 rows\x1b[K', '\r\x1b[K']);
  });

  test('into a log file: a plain line every ten seconds, nothing for a short import', () => {
    let now = 1_000;
    const out = stream(false);
    const progress = new ProgressLine(out.stream, () => now);
    for (let rows = 1; rows <= 25; rows += 1) {
      progress.update(`${rows * 1000} rows`);
      now += 1_000;
    }
    progress.done();
    expect(out.written).toEqual(['11000 rows\n', '21000 rows\n']);
  });
});
