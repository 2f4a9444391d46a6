// A real HTTP server on loopback that replays recorded platform payloads (../shared/data) the way the
// platforms send them, so each connector's own HTTP code runs in tests. Faults are queued per route: a
// status (429 with Retry-After, 5xx), a hang (the client's timeout fires), a malformed body, a dropped
// connection. Every request is logged for assertions (paths, headers, order).
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplayRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ReplayResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is (for malformed bodies and odd content). */
  raw?: string;
}

export type ReplayHandler = (request: ReplayRequest, match: RegExpExecArray) => ReplayResponse;

export type ReplayFault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; json?: unknown }
  | { kind: 'hang' }
  | { kind: 'malformed'; raw?: string }
  | { kind: 'drop' };

interface Route {
  method: string;
  pattern: RegExp;
  handler: ReplayHandler;
}

export class ReplayServer {
  readonly requests: ReplayRequest[] = [];
  private readonly routes: Route[] = [];
  private readonly faults: { matches: (r: ReplayRequest) => boolean; fault: ReplayFault }[] = [];
  private readonly hanging = new Set<http.ServerResponse>();

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<ReplayServer> {
    let replay: ReplayServer | null = null;
    const server = http.createServer((req, res) => void replay!.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    replay = new ReplayServer(server, `http://127.0.0.1:${port}`);
    return replay;
  }

  /** Answers requests whose path matches; the first route that matches wins. */
  route(method: string, pattern: RegExp, handler: ReplayHandler): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  /** The next requests matching `path` (a regex on the path) meet these faults, one per request, in order. */
  fail(path: RegExp, ...faults: ReplayFault[]): this {
    return this.failAfter(path, 0, ...faults);
  }

  /** Like fail(), after `served` matching requests have been answered normally (e.g. page 2 of a listing). */
  failAfter(path: RegExp, served: number, ...faults: ReplayFault[]): this {
    let passed = 0;
    let passedThrough: ReplayRequest | null = null;
    const matches = (r: ReplayRequest) => {
      if (!path.test(r.path) || r === passedThrough) return false;
      if (passed < served) {
        // Every fault of this call sees the same request: it passes through once, for all of them.
        passed += 1;
        passedThrough = r;
        return false;
      }
      return true;
    };
    for (const fault of faults) this.faults.push({ matches, fault });
    return this;
  }

  /** Requests whose path matches. */
  requestsTo(path: RegExp): ReplayRequest[] {
    return this.requests.filter((r) => path.test(r.path));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.url);
    const request: ReplayRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(request);
    const faultIndex = this.faults.findIndex((f) => f.matches(request));
    if (faultIndex >= 0) {
      const [{ fault }] = this.faults.splice(faultIndex, 1);
      return this.injure(res, fault);
    }
    for (const route of this.routes) {
      const match = route.method === request.method ? route.pattern.exec(request.path) : null;
      if (!match) continue;
      return send(res, route.handler(request, match));
    }
    send(res, {
      status: 404,
      json: { error: 'NotFound', message: `no replay for ${request.method} ${request.path}` },
    });
  }

  private injure(res: http.ServerResponse, fault: ReplayFault): void {
    switch (fault.kind) {
      case 'status':
        return send(res, {
          status: fault.status,
          headers: fault.headers,
          json: fault.json ?? { error: `status ${fault.status}` },
        });
      case 'malformed':
        return send(res, { status: 200, raw: fault.raw ?? '{"data": [{"id": "1", "text": "cut off' });
      case 'drop':
        res.socket?.destroy();
        return;
      case 'hang':
        // Headers are sent, the body never is: the client's own timeout has to end the request.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data": [');
        this.hanging.add(res);
        return;
    }
  }
}

function send(res: http.ServerResponse, response: ReplayResponse): void {
  const body = response.raw ?? JSON.stringify(response.json ?? null);
  res.writeHead(response.status ?? 200, {
    'content-type': 'application/json; charset=utf-8',
    ...response.headers,
  });
  res.end(body);
}

/** Pages of `size` from a list: the page after `cursor` (a decimal offset) and the next cursor, if any. */
export function pageOf<T>(
  items: readonly T[],
  size: number,
  cursor: string | null,
): { items: T[]; next: string | null } {
  const start = cursor && /^\d+$/.test(cursor) ? Number(cursor) : 0;
  const end = start + size;
  return { items: items.slice(start, end), next: end < items.length ? String(end) : null };
}
