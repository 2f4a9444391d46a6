// The archive's own copies of issued files: where they live, how they are written (atomically, read-only),
// and the check that a stored file is still, byte for byte, the one issued before it is served or mailed.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveDataDir, type ReportEntity } from '#persistence';

export type ArchivedFormat = 'html' | 'pdf';

/**
 * `<data dir>/archive/<workspace id>/`: the system's copies, apart from `<data dir>/reports/` where the
 * convenience copies land by default, so that tidying the reports folder never touches the archive. By
 * workspace id, not slug: the folder of a report must not depend on a name that can be changed.
 */
export function archiveDir(workspaceId: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(resolveDataDir(env), 'archive', workspaceId);
}

/**
 * Writes `content` to `file` so that no reader ever sees half a file: into a temporary file in the same
 * folder, flushed to disk, then renamed over. Read-only (0444): the archive's copies are not for editing.
 */
export async function writeAtomically(file: string, content: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
  const handle = await fs.open(temporary, 'wx', 0o444);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await fs.rename(temporary, file);
}

export type ArchivedFileCheck =
  /** The file is the one issued; `handle` is open on it (the caller closes it, or streams it with autoClose). */
  | { status: 'ok'; path: string; size: number; sha256: string; handle: fs.FileHandle }
  | { status: 'not_issued' }
  | { status: 'missing'; path: string }
  | { status: 'altered'; path: string; expected: string; actual: string };

/**
 * Opens a report's archived file and hashes it as a stream (PDFs run to megabytes). The caller serves from the
 * same open handle: a file replaced after the check (the archive writes by rename) cannot slip in between.
 */
export async function openArchivedFile(
  report: ReportEntity,
  format: ArchivedFormat,
): Promise<ArchivedFileCheck> {
  const file = format === 'html' ? report.htmlPath : report.pdfPath;
  const expected = format === 'html' ? report.htmlSha256 : report.pdfSha256;
  if (!file || !expected) return { status: 'not_issued' };
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', path: file };
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const hash = createHash('sha256');
    for await (const chunk of handle.createReadStream({ start: 0, autoClose: false }))
      hash.update(chunk as Buffer);
    const actual = hash.digest('hex');
    if (actual !== expected) {
      await handle.close();
      return { status: 'altered', path: file, expected, actual };
    }
    return { status: 'ok', path: file, size, sha256: actual, handle };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * The name a report's file is handed out under (download, mail attachment): the convenience copy's name when
 * one was written, else `<kind>-<month or first day>.<locale>.<format>` (the archive's own name is its id).
 */
export function reportFileName(report: ReportEntity, format: ArchivedFormat): string {
  const copy = format === 'html' ? report.htmlCopyPath : report.pdfCopyPath;
  if (copy) return path.basename(copy);
  const month = typeof report.parameters?.month === 'string' ? report.parameters.month : null;
  const period = month ?? report.periodFrom.toISOString().slice(0, 10);
  return `${report.kind}-${period}.${report.locale}.${format}`;
}

export type ArchivedContent =
  | { status: 'ok'; path: string; content: Buffer; sha256: string }
  | Exclude<ArchivedFileCheck, { status: 'ok' }>;

/** A report's archived file read whole (a mail attachment), with the same check as openArchivedFile. */
export async function readArchivedFile(
  report: ReportEntity,
  format: ArchivedFormat,
): Promise<ArchivedContent> {
  const file = format === 'html' ? report.htmlPath : report.pdfPath;
  const expected = format === 'html' ? report.htmlSha256 : report.pdfSha256;
  if (!file || !expected) return { status: 'not_issued' };
  let content: Buffer;
  try {
    content = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', path: file };
    throw error;
  }
  const actual = createHash('sha256').update(content).digest('hex');
  if (actual !== expected) return { status: 'altered', path: file, expected, actual };
  return { status: 'ok', path: file, content, sha256: actual };
}
