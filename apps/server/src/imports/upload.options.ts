import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MulterOptions } from '@nestjs/platform-express/multer/interfaces/multer-options.interface.js';
import multer from 'multer';

/** Upload limit for imports, in MiB (LEDGER_UPLOAD_MAX_MB; default 1024: the full twcs file is ~500 MB). */
const MAX_UPLOAD_MB = Number(process.env.LEDGER_UPLOAD_MAX_MB ?? 1024);
const KEPT_EXTENSIONS = new Set(['.csv', '.yaml', '.yml', '.txt', '.tsv']);

/**
 * Imports are streamed to a temporary file (never held in memory), keeping the extension: the roster reader
 * tells YAML from CSV by it. The importer removes the file when it is done.
 */
export function importUploadOptions(): MulterOptions {
  const dir = path.join(os.tmpdir(), 'channel-ledger-uploads');
  return {
    storage: multer.diskStorage({
      destination: (_req, _file, done) => {
        fs.mkdirSync(dir, { recursive: true });
        done(null, dir);
      },
      filename: (_req, file, done) => {
        const ext = path.extname(file.originalname).toLowerCase();
        done(null, `${randomUUID()}${KEPT_EXTENSIONS.has(ext) ? ext : ''}`);
      },
    }),
    limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 10 },
  };
}

/** Report copies to verify are hashed in memory: reports are a few MB. */
export function verifyUploadOptions(): MulterOptions {
  return { storage: multer.memoryStorage(), limits: { fileSize: 100 * 1024 * 1024, files: 1, fields: 5 } };
}
