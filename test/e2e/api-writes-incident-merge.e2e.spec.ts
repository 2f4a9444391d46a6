/* eslint-disable @typescript-eslint/no-explicit-any -- the API answers untyped JSON; the tests read it as a client would */
// Evidence files downloaded as stored (checked against their recorded SHA-256 first, through the API and the
// incident page), and duplicates merged by a person through the API: what each answers, what the timelines
// and the audit log keep, and what is refused.
import { createHash, randomBytes } from 'node:crypto';
import { runCli, startServer, type RunningServer } from '../support/processes.js';
import { useProcessDatabase } from '../support/test-database.js';
import {
  api,
  login,
  seedIncident,
  seedWorkspace,
  withProcessDatabase,
  type SeededWorkspace,
} from './api-support.js';
import { auditEntries, expectFieldError } from './api-writes-support.js';

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

describe('REST API: incident evidence downloads and merges', () => {
  const db = useProcessDatabase();
  const serverEnv = () => ({ ...db.env, LEDGER_DEMO: 'off', LEDGER_WORKER: 'off' });
  let server: RunningServer;
  let acme: SeededWorkspace;
  let globex: SeededWorkspace;
  let globexIncident: string;
  let globexEvidence: string;
  let password: string;
  const call = (method: string, path: string, body?: unknown, key = acme.keys.admin) =>
    api(server.baseUrl, key, method, `/api/v1/workspaces/acme${path}`, body);
  const download = (incidentId: string, evidenceId: string, key = acme.keys.auditor) =>
    fetch(`${server.baseUrl}/api/v1/workspaces/acme/incidents/${incidentId}/evidence/${evidenceId}`, {
      headers: { authorization: `Bearer ${key}` },
    });

  // A name with a non-ASCII letter, a semicolon and parentheses: none may break the header (a quote is
  // sent as %22 by every client; the header's escaping of it is in evidence-download.spec.ts).
  const COMPLAINT_NAME = 'Beschwerde über Antwort; Kopie (1).eml';
  const screenshot = randomBytes(4096);
  const complaint = 'From: kunde@example.com\n\nBitte löschen Sie das.';

  /** An incident reported with evidence through the API; returns it as answered. */
  async function reportWithEvidence(title: string, severity: string): Promise<any> {
    const form = new FormData();
    form.append('kind', 'data_leak');
    form.append('severity', severity);
    form.append('title', title);
    form.append('evidence', new Blob([new Uint8Array(screenshot)], { type: 'image/png' }), 'screenshot.png');
    form.append('evidence', new Blob([complaint], { type: 'message/rfc822' }), COMPLAINT_NAME);
    const created = await call('POST', '/incidents', form, acme.keys.analyst);
    expect(created.status).toBe(201);
    return created.body.data.incident;
  }

  beforeAll(async () => {
    await withProcessDatabase(db.env, async (d) => {
      acme = await seedWorkspace(d, 'acme', 'Acme Corp');
      globex = await seedWorkspace(d, 'globex', 'Globex Inc');
      globexIncident = await seedIncident(d, globex.id, 'Globex post on the wrong account');
    });
    const added = await runCli(
      ['users', 'add', 'aud@example.com', '-w', 'acme', '--role', 'auditor'],
      db.env,
    );
    password = /Password \(shown once\): (\S+)/.exec(added.stdout)?.[1] ?? '';
    expect(password).not.toBe('');
    server = await startServer(serverEnv());
    const attached = await api(
      server.baseUrl,
      globex.keys.admin,
      'POST',
      `/api/v1/workspaces/globex/incidents/${globexIncident}/evidence`,
      (() => {
        const f = new FormData();
        f.append('file', new Blob(['globex secret']), 'globex.txt');
        return f;
      })(),
    );
    expect(attached.status).toBe(201);
    globexEvidence = attached.body.data.evidenceFiles[0].id;
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('an auditor downloads each evidence file: the bytes uploaded, as an attachment, never cached or sniffed', async () => {
    const incident = await reportWithEvidence('Address in a reply', 'high');
    const byName = new Map<string, any>(incident.evidenceFiles.map((f: any) => [f.fileName, f]));
    const png = byName.get('screenshot.png');
    const response = await download(incident.id, png.id);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes).equals(screenshot)).toBe(true);
    expect(sha(bytes)).toBe(png.sha256);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="screenshot.png"; filename*=UTF-8''screenshot.png`,
    );

    const mail = byName.get(COMPLAINT_NAME);
    const second = await download(incident.id, mail.id);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(complaint);
    // The exact name, RFC 5987-encoded; the plain fallback without the quote that would end it.
    expect(second.headers.get('content-disposition')).toBe(
      `attachment; filename="Beschwerde _ber Antwort; Kopie (1).eml"; ` +
        `filename*=UTF-8''Beschwerde%20%C3%BCber%20Antwort%3B%20Kopie%20%281%29.eml`,
    );
    const decoded = decodeURIComponent(
      /filename\*=UTF-8''(.+)$/.exec(second.headers.get('content-disposition')!)![1],
    );
    expect(decoded).toBe(COMPLAINT_NAME);

    // A viewer reads incidents, so it downloads too; a key without a role in the workspace cannot.
    expect((await download(incident.id, png.id, acme.keys.viewer)).status).toBe(200);
    expect((await download(incident.id, png.id, globex.keys.admin)).status).toBe(404);

    // The logged-in auditor follows the link on the incident page and gets the same file.
    const cookie = await login(server.baseUrl, 'aud@example.com', password);
    const page = await api(server.baseUrl, null, 'GET', `/w/acme/incidents/${incident.id}`, undefined, {
      cookie,
    });
    expect(page.status).toBe(200);
    const href = `/w/acme/incidents/${incident.id}/evidence/${png.id}`;
    expect(page.text).toContain(`href="${href}"`);
    expect(page.text).toContain(png.sha256);
    const viaPage = await fetch(server.baseUrl + href, { headers: { cookie } });
    expect(viaPage.status).toBe(200);
    expect(viaPage.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(viaPage.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await viaPage.arrayBuffer()).equals(screenshot)).toBe(true);
    // Without a session: sent to the login page, not the file.
    const anonymous = await fetch(server.baseUrl + href, { redirect: 'manual' });
    expect(anonymous.status).not.toBe(200);
    expect(anonymous.headers.get('content-disposition')).toBeNull();
  });

  test('another workspace’s evidence, or one of another incident, is not found', async () => {
    const mine = await reportWithEvidence('Second leak', 'low');
    const other = await reportWithEvidence('Third leak', 'low');
    const cross = await call('GET', `/incidents/${globexIncident}/evidence/${globexEvidence}`);
    expect(cross.status).toBe(404);
    expect(cross.text).not.toContain('globex secret');
    const mixed = await call('GET', `/incidents/${mine.id}/evidence/${globexEvidence}`);
    expect(mixed.status).toBe(404);
    expect(mixed.body.error.message).toBe(`No evidence file ${globexEvidence}`);
    expect((await call('GET', `/incidents/${mine.id}/evidence/${other.evidenceFiles[0].id}`)).status).toBe(
      404,
    );
    expectFieldError(await call('GET', `/incidents/${mine.id}/evidence/not-a-uuid`), 'evidenceId');
  });

  test('a person merges a duplicate: status merged, both timelines, one audit entry, severity raised', async () => {
    const keep = (await call('POST', '/incidents', { kind: 'other', severity: 'low', title: 'Keep me' })).body
      .data.incident;
    const duplicate = await reportWithEvidence('The same, reported again', 'critical');
    const merged = await call('POST', `/incidents/${keep.id}/merge`, {
      duplicateId: duplicate.id,
      reason: 'the same reply, reported twice',
    });
    expect(merged.status).toBe(200);
    expect(merged.body.data).toMatchObject({ id: keep.id, severity: 'critical', status: 'open' });
    const mergedEvent = merged.body.data.timeline.find((e: any) => e.type === 'merged');
    expect(mergedEvent.body).toBe(`merged duplicate ${duplicate.id}: the same reply, reported twice`);
    // The duplicate's files by reference: the rows stay with the duplicate (append-only).
    expect(mergedEvent.details.evidence.map((f: any) => [f.id, f.sha256]).sort()).toEqual(
      duplicate.evidenceFiles.map((f: any) => [f.id, f.sha256]).sort(),
    );
    const after = (await call('GET', `/incidents/${duplicate.id}`)).body.data;
    expect(after.status).toBe('merged');
    expect(after.evidenceFiles).toHaveLength(2);
    expect(after.timeline.at(-1)).toMatchObject({
      type: 'merged_into',
      body: `merged into ${keep.id}: the same reply, reported twice`,
      details: { into: keep.id },
    });
    // Its page links to the incident it went into.
    const cookie = await login(server.baseUrl, 'aud@example.com', password);
    const page = await api(server.baseUrl, null, 'GET', `/w/acme/incidents/${duplicate.id}`, undefined, {
      cookie,
    });
    expect(page.text).toContain(`href="/w/acme/incidents/${keep.id}"`);
    // Its evidence still downloads from where it is.
    expect((await download(duplicate.id, duplicate.evidenceFiles[0].id)).status).toBe(200);

    const entries = (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).filter(
      (e) => e.action === 'incident.merged',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      entityId: keep.id,
      payload: {
        keep: keep.id,
        duplicate: duplicate.id,
        reason: 'the same reply, reported twice',
        raisedSeverity: { from: 'low', to: 'critical' },
      },
    });
    // The register lists the duplicate as merged, and filters by it.
    const list = await call('GET', '/incidents?status=merged');
    expect(list.status).toBe(200);
    expect(list.body.data.map((i: any) => i.id)).toEqual([duplicate.id]);

    // Refused: the same id, an unknown one, an incident already merged (either side), no reason.
    const third = (await call('POST', '/incidents', { kind: 'other', severity: 'low', title: 'Third' })).body
      .data.incident;
    const merge = (keepId: string, body: unknown) => call('POST', `/incidents/${keepId}/merge`, body);
    expectFieldError(await merge(keep.id, { duplicateId: keep.id, reason: 'x' }), 'duplicateId');
    const unknown = await merge(keep.id, {
      duplicateId: '00000000-0000-4000-8000-0000000000aa',
      reason: 'x',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('No incident 00000000-0000-4000-8000-0000000000aa');
    expect((await merge(keep.id, { duplicateId: globexIncident, reason: 'x' })).status).toBe(404);
    const again = await merge(third.id, { duplicateId: duplicate.id, reason: 'x' });
    expectFieldError(again, 'duplicateId');
    expect(again.body.error.message).toContain(`already merged into ${keep.id}`);
    expectFieldError(await merge(duplicate.id, { duplicateId: third.id, reason: 'x' }), 'keepId');
    expectFieldError(await merge(keep.id, { duplicateId: third.id }), 'reason');
    expectFieldError(await merge(keep.id, { duplicateId: third.id, reason: '  ' }), 'reason');
    expectFieldError(await merge(keep.id, { reason: 'x' }), 'duplicateId');
    expect(
      (
        await call(
          'POST',
          `/incidents/${keep.id}/merge`,
          { duplicateId: third.id, reason: 'x' },
          acme.keys.viewer,
        )
      ).status,
    ).toBe(403);
    // A merged incident is closed for good: its status no longer changes.
    const reopen = await call('POST', `/incidents/${duplicate.id}/status`, { status: 'resolved' });
    expect(reopen.status).toBe(409);
    expect(reopen.body.error).toMatchObject({ code: 'incident_merged' });
    // Nothing of the refusals was written.
    expect(
      (await auditEntries(server.baseUrl, acme.keys.admin, 'acme')).filter(
        (e) => e.action === 'incident.merged',
      ),
    ).toHaveLength(1);
  });

  test('bytes altered in the database: 409 evidence_altered naming the file, never its bytes, and logged', async () => {
    const incident = await reportWithEvidence('To be tampered with', 'low');
    const file = incident.evidenceFiles.find((f: any) => f.fileName === 'screenshot.png');
    // PGlite has one writer: the server lets go of the database while the owner edits it behind the triggers.
    await server.stop();
    await withProcessDatabase(db.env, (d) =>
      d.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL session_replication_role = replica');
        await m.query(`UPDATE incident_evidence SET content = $2 WHERE id = $1`, [
          file.id,
          Buffer.from('FORGED BYTES'),
        ]);
      }),
    );
    server = await startServer(serverEnv());
    const response = await call(
      'GET',
      `/incidents/${incident.id}/evidence/${file.id}`,
      undefined,
      acme.keys.auditor,
    );
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ status: 409, code: 'evidence_altered' });
    expect(response.body.error.message).toContain(file.id);
    expect(response.body.error.message).toContain('screenshot.png');
    expect(response.text).not.toContain('FORGED');
    expect(response.headers.get('content-disposition')).toBeNull();
    // Logged (pino writes asynchronously, as JSON: the quotes around the name are escaped there).
    const logged = () =>
      server
        .output()
        .split('\n')
        .find((l) => l.includes(`Evidence ${file.id}`) && l.includes('was altered'));
    for (let i = 0; i < 50 && !logged(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(logged()).toContain(`of incident ${incident.id} was altered`);
    expect(logged()).toContain(sha('FORGED BYTES'));
    expect(logged()).toContain(file.sha256);
    // The other file of the incident is untouched and still served.
    const other = incident.evidenceFiles.find((f: any) => f.id !== file.id);
    expect((await download(incident.id, other.id)).status).toBe(200);
  }, 180_000);
});
