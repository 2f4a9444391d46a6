import fs from 'node:fs/promises';
import path from 'node:path';
import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { RosterFileError, RosterImportService, TwcsHeaderError, TwcsImportService } from '#collectors';
import { DetectionFollowUp } from '#jobs';
import {
  CollectionRunRepository,
  type CollectionRunEntity,
  type PageOf,
  type PageRequest,
} from '#persistence';
import type { ImportKind } from './imports.dto.js';

/** Runs the history keeps in view for the lists (newest first). */
const RUN_WINDOW = 1000;

export interface UploadedImportFile {
  /** Where the upload was stored for the duration of the import; removed afterwards. */
  path: string;
  originalName: string;
}

/**
 * Imports an uploaded file with the same importers as the command line, and reads the run history. The import
 * keeps the good rows and records the bad ones; a file that cannot be read at all is a 422 that says why.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly twcs: TwcsImportService,
    private readonly roster: RosterImportService,
    private readonly runs: CollectionRunRepository,
    private readonly detection: DetectionFollowUp,
  ) {}

  async import(
    workspaceId: string,
    kind: ImportKind,
    file: UploadedImportFile,
  ): Promise<CollectionRunEntity> {
    const name = path.basename(file.originalName).slice(0, 200) || 'upload';
    try {
      const runId =
        kind === 'twcs'
          ? (await this.twcs.import(file.path, { workspaceId, name })).runId
          : (await this.roster.import(file.path, { workspaceId, name })).runId;
      // New items, or a roster that changes who was assigned when: the rules run over the workspace's facts
      // in the next detection window (a worker takes the job; `ledger jobs run-due` without one).
      await this.detection.request('import', workspaceId);
      return await this.getRun(workspaceId, runId);
    } catch (error) {
      if (error instanceof TwcsHeaderError || error instanceof RosterFileError)
        throw new UnprocessableEntityException({
          code: 'unreadable_file',
          // The message names the temporary copy; the person knows the file by its own name.
          message: error.message.split(file.path).join(name),
        });
      throw error;
    } finally {
      await fs.rm(file.path, { force: true });
    }
  }

  /** The latest runs (the import page shows them all at once). */
  async listRuns(workspaceId: string, onlyImports: boolean): Promise<CollectionRunEntity[]> {
    const runs = await this.runs.listByWorkspace(workspaceId, RUN_WINDOW);
    return onlyImports ? runs.filter((r) => r.source.startsWith('import:')) : runs;
  }

  /** One page of the run history, newest first, paged by the database. */
  pageRuns(
    workspaceId: string,
    onlyImports: boolean,
    page: PageRequest,
  ): Promise<PageOf<CollectionRunEntity>> {
    return this.runs.pageByWorkspace(workspaceId, onlyImports, page);
  }

  async getRun(workspaceId: string, id: string, onlyImports = false): Promise<CollectionRunEntity> {
    const run = await this.runs.findById(id);
    // Another workspace's run is "not found", exactly like one that does not exist.
    if (!run || run.workspaceId !== workspaceId || (onlyImports && !run.source.startsWith('import:')))
      throw new NotFoundException(`No ${onlyImports ? 'import' : 'collection run'} ${id}`);
    return run;
  }
}
