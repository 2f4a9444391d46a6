import { Writable } from 'node:stream';
import { pino } from 'pino';
import { PinoLoggerService } from './pino-logger.js';

function capture() {
  const lines: { level: number; context?: string; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, service: new PinoLoggerService(pino({ level: 'info' }, stream)) };
}

describe('the server log at the default level', () => {
  test("keeps Nest's start-up chatter (a line per module and route) out, so the banner stays on screen", () => {
    const { lines, service } = capture();
    service.log('InstanceLoader dependencies initialized', 'InstanceLoader');
    service.log('Mapped {/api/v1/workspaces, GET} route', 'RouterExplorer');
    service.log('Nest application successfully started', 'NestApplication');
    service.log('Demo data and report ready in 13.5 s', 'FirstRunService');
    service.warn('SMTP not configured', 'ReportDeliveryService');
    expect(lines.map((l) => l.msg)).toEqual(['Demo data and report ready in 13.5 s', 'SMTP not configured']);
    expect(lines[0].context).toBe('FirstRunService');
  });
});
