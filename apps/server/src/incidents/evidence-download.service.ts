import { createHash } from 'node:crypto';
import { ConflictException, Logger, NotFoundException } from '@nestjs/common';
import type { Response } from 'express';
import { AuditLogRepository, IncidentRepository, IncidentTimelineRepository } from '#persistence';

/**
 * Serves an evidence file's stored bytes, but only after checking them against the SHA-256 recorded when the
 * file was attached (the row's and the audit log's): an auditor must never receive bytes the ledger cannot
 * vouch for. Used by the API and by the incident page (through IncidentsService, which provides it).
 */
export class EvidenceDownload {
  private readonly logger = new Logger('incidents');

  constructor(
    private readonly incidents: IncidentRepository,
    private readonly timeline: IncidentTimelineRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async send(res: Response, workspaceId: string, incidentId: string, evidenceId: string): Promise<void> {
    if (!(await this.incidents.findById(workspaceId, incidentId)))
      throw new NotFoundException({ code: 'not_found', message: `No incident ${incidentId}` });
    const file = await this.timeline.evidenceFile(workspaceId, incidentId, evidenceId);
    if (!file) throw new NotFoundException({ code: 'not_found', message: `No evidence file ${evidenceId}` });
    const actual = createHash('sha256').update(file.content).digest('hex');
    const entries = await this.audit.listForEntities(workspaceId, 'incident', [incidentId]);
    const logged = entries.find(
      (e) => e.action === 'incident.evidence_added' && e.payload.evidenceId === evidenceId,
    );
    const recorded = [file.sha256, ...(logged ? [String(logged.payload.sha256)] : [])];
    if (recorded.some((sha) => sha !== actual)) {
      // The log names what differs; the response names the file only, never its (altered) bytes.
      this.logger.error(
        `Evidence ${evidenceId} ("${file.fileName}") of incident ${incidentId} was altered: its bytes have ` +
          `SHA-256 ${actual}, recorded ${file.sha256}${logged ? `, audit log ${String(logged.payload.sha256)}` : ', no audit entry'}`,
      );
      throw new ConflictException({
        code: 'evidence_altered',
        message:
          `Evidence ${evidenceId} ("${file.fileName}") of incident ${incidentId} was changed after it was ` +
          'attached (its SHA-256 is not the recorded one); it is not served',
      });
    }
    res.status(200);
    res.setHeader('Content-Type', safeMediaType(file.mediaType));
    res.setHeader('Content-Length', String(file.content.length));
    res.setHeader('Content-Disposition', attachmentDisposition(file.fileName));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(file.content);
  }
}

/** The media type as uploaded when it is a plain `type/subtype` (no parameters to smuggle), else octet-stream. */
export function safeMediaType(mediaType: string): string {
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i.test(mediaType)
    ? mediaType.toLowerCase()
    : 'application/octet-stream';
}

/**
 * `attachment` with the stored name twice: an ASCII fallback (quotes, backslashes, controls and non-ASCII
 * replaced by `_`) and the exact name RFC 5987-encoded (`filename*=UTF-8''…`), which browsers prefer.
 * A name someone typed can then neither break the header nor make the file open inline.
 */
export function attachmentDisposition(fileName: string): string {
  const base = fileName || 'evidence';
  const ascii = base.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(base).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
