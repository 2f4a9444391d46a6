/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// Shared by the api-writes and api-admin specs: the audit log read through the API, and the field-error check.
import { api } from './api-support.js';

/** The workspace's whole audit log, read page by page through the cursor as an auditor's script would. */
export async function auditEntries(baseUrl: string, key: string, slug: string): Promise<any[]> {
  const entries: any[] = [];
  let after = 0;
  for (;;) {
    const page = await api(
      baseUrl,
      key,
      'GET',
      `/api/v1/workspaces/${slug}/audit-log?after=${after}&limit=200`,
    );
    if (page.status !== 200) throw new Error(`audit-log answered ${page.status}: ${page.text}`);
    entries.push(...page.body.data);
    if (page.body.next === null) return entries;
    after = page.body.next;
  }
}

/** The actor an API key leaves in the records: `api-key:<id>`, the id read from the key list. */
export async function keyActor(
  baseUrl: string,
  adminKey: string,
  slug: string,
  name: string,
): Promise<string> {
  const keys = await api(baseUrl, adminKey, 'GET', `/api/v1/workspaces/${slug}/api-keys?limit=200`);
  const key = keys.body.data.find((k: any) => k.name === name);
  if (!key) throw new Error(`no API key named ${name}`);
  return `api-key:${key.id}`;
}

/** A 400 whose fields name `field`, and whose message says so too. */
export function expectFieldError(response: { status: number; body: any }, field: string): void {
  expect(response.status).toBe(400);
  expect(response.body.error).toMatchObject({ status: 400, code: 'validation_failed' });
  expect(response.body.error.fields.map((f: { field: string }) => f.field)).toContain(field);
  expect(response.body.error.message).toContain(field);
}
