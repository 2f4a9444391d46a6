import { BadRequestException } from '@nestjs/common';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface.js';
import multer from 'multer';
import { MAX_EVIDENCE_BYTES, type EvidenceFile } from '#collectors';

/** Evidence files one request may carry. */
export const MAX_EVIDENCE_FILES = 10;

/** Evidence goes into the database as it is (the ledger hashes it): held in memory, at most 20 MB a file. */
export function evidenceUploadOptions(): MulterOptions {
  return {
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_EVIDENCE_BYTES, files: MAX_EVIDENCE_FILES, fields: 20 },
    // Browsers and fetch send a file name's non-ASCII letters as UTF-8; busboy's default would read them as
    // Latin-1 and store "Ã¼" for "ü", which the download would then hand back.
    defParamCharset: 'utf8',
  };
}

/** The uploaded files as the ledger stores them; the media type is what the client declared. */
export function toEvidenceFiles(files: Express.Multer.File[] | undefined): EvidenceFile[] {
  return (files ?? []).map((f) => ({
    fileName: f.originalname.slice(0, 200) || 'evidence',
    mediaType: f.mimetype || 'application/octet-stream',
    content: f.buffer,
  }));
}

export function fileRequired(field: string): BadRequestException {
  return new BadRequestException({
    code: 'validation_failed',
    message: `${field} is required (multipart/form-data field "${field}")`,
    fields: [{ field, message: `${field} is required` }],
  });
}
