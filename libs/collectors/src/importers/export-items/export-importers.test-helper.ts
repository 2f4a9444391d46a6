// Wires the export importers on a test database as CollectorsModule does, on top of test/support/services.
import { ExportFactsRepository, type OpenDatabase } from '#persistence';
import { servicesFor } from '../../../../../test/support/services.js';
import { MappedCsvImportService } from '../mapped-csv/mapped-csv-import.service.js';
import { MetaExportImportService } from '../meta-export/meta-export-import.service.js';
import { ToolExportImportService } from '../tool-export/tool-export-import.service.js';
import { ExportImportService } from './export-import.service.js';

export function exportImportersFor(db: OpenDatabase) {
  const s = servicesFor(db);
  const pipeline = new ExportImportService(
    s.runs,
    new ExportFactsRepository(db.dataSource),
    s.operators,
    s.assignments,
    s.attribution,
  );
  return {
    ...s,
    metaImport: new MetaExportImportService(pipeline, s.workspaces),
    toolImport: new ToolExportImportService(pipeline, s.workspaces),
    csvImport: new MappedCsvImportService(pipeline, s.workspaces),
  };
}

/** Rows of the workspace's facts, for assertions a person could make by looking at the tables. */
export async function factCounts(db: OpenDatabase, workspaceId: string) {
  const [row] = await db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM account WHERE workspace_id = $1) AS accounts,
            (SELECT count(*)::int FROM outbound_item WHERE workspace_id = $1) AS outbound,
            (SELECT count(*)::int FROM inbound_item WHERE workspace_id = $1) AS inbound,
            (SELECT count(*)::int FROM engagement_snapshot WHERE workspace_id = $1) AS snapshots,
            (SELECT count(*)::int FROM operator WHERE workspace_id = $1) AS operators`,
    [workspaceId],
  );
  return row as { accounts: number; outbound: number; inbound: number; snapshots: number; operators: number };
}
