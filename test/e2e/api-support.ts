/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// Shared by the api-* and pages-* specs: seeds the database a server process will open (before it starts), and
// talks to the running server as a script or a browser would.
import fs from 'node:fs';
import path from 'node:path';
import {
  ApiKeyRepository,
  AuditLogService,
  generateApiKey,
  IncidentRepository,
  IncidentTimelineRepository,
  type OpenDatabase,
} from '#persistence';
import { servicesFor } from '../support/services.js';
import { sharedDataFile } from '../support/shared-data.js';

export const ROLES = ['admin', 'analyst', 'viewer', 'auditor'] as const;
export type TestRole = (typeof ROLES)[number];
export const ROSTER_EXAMPLE = path.resolve(
  'libs/collectors/src/importers/roster/examples/roster.example.yaml',
);

export { withProcessDatabase } from '../support/process-database.js';

export interface SeededWorkspace {
  slug: string;
  id: string;
  /** One API key per role. */
  keys: Record<TestRole, string>;
}

/**
 * A workspace holding the real twcs sample (13 brands) and the example roster, with one API key per role,
 * made through the same services the CLI and the server use.
 */
export async function seedWorkspace(db: OpenDatabase, slug: string, name: string): Promise<SeededWorkspace> {
  const s = servicesFor(db);
  const workspace = await s.workspaces.ensure(slug, { name, timeZone: 'UTC' });
  await s.twcsImport.import(sharedDataFile('twcs/sample.csv'), {
    workspaceId: workspace.id,
    name: 'sample.csv',
  });
  await s.rosterImport.import(ROSTER_EXAMPLE, { workspaceId: workspace.id, name: 'roster.example.yaml' });
  const apiKeys = new ApiKeyRepository(db.dataSource);
  const keys = {} as Record<TestRole, string>;
  for (const role of ROLES) {
    const { key, prefix, keyHash } = generateApiKey();
    await apiKeys.create({
      workspaceId: workspace.id,
      name: `${role} key`,
      role,
      prefix,
      keyHash,
      createdBy: 'test',
    });
    keys[role] = key;
  }
  return { slug, id: workspace.id, keys };
}

/**
 * A manually reported incident in the workspace, written as the ledger writes one: the row, its `reported`
 * event and its `incident.created` audit entry in one transaction (`ledger audit verify` reconciles them).
 */
export async function seedIncident(
  db: OpenDatabase,
  workspaceId: string,
  title: string,
  severity = 'high',
): Promise<string> {
  const occurredAt = new Date('2017-10-11T10:00:00Z');
  const at = new Date('2017-10-11T10:30:00Z');
  return db.dataSource.transaction(async (m) => {
    const id = await new IncidentRepository(db.dataSource).insert(
      {
        workspaceId,
        accountId: null,
        kind: 'manual',
        severity,
        status: 'open',
        title,
        description: null,
        occurredAt,
        detectedAt: at,
        containedAt: null,
        operatorId: null,
        sourcingGroup: null,
        subjectKey: null,
        rules: [],
        hits: [],
        windowFrom: null,
        windowTo: null,
        evidence: { text: 'captured before deletion' },
        reportedBy: 'test',
      },
      m,
    );
    await new IncidentTimelineRepository(db.dataSource).addEvent(
      { workspaceId, incidentId: id, at, actor: 'test', type: 'reported', body: title, details: {} },
      m,
    );
    await new AuditLogService(db.dataSource).record(
      {
        workspaceId,
        action: 'incident.created',
        entityType: 'incident',
        entityId: id,
        actor: 'test',
        occurredAt: at,
        payload: { origin: 'manual', kind: 'manual', severity, title, occurredAt, subjectKey: null },
      },
      m,
    );
    return id;
  });
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  text: string;
}

/** A request to the API with an API key; JSON in, JSON (or text) out. */
export async function api<T = any>(
  baseUrl: string,
  key: string | null,
  method: string,
  pathAndQuery: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<ApiResponse<T>> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (key) (init.headers as Record<string, string>).authorization = `Bearer ${key}`;
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(baseUrl + pathAndQuery, init);
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('application/json')) parsed = JSON.parse(text);
  return { status: response.status, body: parsed as T, headers: response.headers, text };
}

/** A multipart form with one file, as a browser or `curl -F` sends it. */
export function fileForm(
  fields: Record<string, string>,
  file?: { name: string; content: string | Uint8Array },
): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  if (file)
    form.append(
      'file',
      new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]),
      file.name,
    );
  return form;
}

/** The twcs sample with two broken rows appended as its last two lines: a bad date and a bad id. */
export function twcsWithBadRows(): string {
  const sample = fs.readFileSync(sharedDataFile('twcs/sample.csv'), 'utf8').replace(/\n?$/, '\n');
  return (
    sample +
    '900001,105834,True,not a date,@AppleSupport my phone is broken,,\n' +
    'abc,105834,True,Wed Oct 11 06:55:44 +0000 2017,@AppleSupport hello,,\n'
  );
}

/** Logs in through the login form; returns the session cookie (`ledger_session=…`). */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl },
    body: new URLSearchParams({ email, password, next: '/' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('ledger_session='));
  if (response.status !== 303 || !cookie) throw new Error(`login of ${email} failed: ${response.status}`);
  return cookie.split(';')[0];
}
