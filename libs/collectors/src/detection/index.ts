export * from './incident-journal.writer.js';
export * from './incident-ledger.service.js';
export * from './incident-actions.service.js';
export * from './incident-settings.service.js';
export * from './incident-detection.service.js';
export * from './incident-export.service.js';
export * from './detection-facts.loader.js';
export * from './audit-export.reader.js';
export { findWordListsDir, loadShippedWordLists } from './word-lists.loader.js';

import { DetectionFactsLoader } from './detection-facts.loader.js';
import { IncidentActionsService } from './incident-actions.service.js';
import { IncidentDetectionService } from './incident-detection.service.js';
import { IncidentExportService } from './incident-export.service.js';
import { IncidentLedgerService } from './incident-ledger.service.js';
import { IncidentSettingsService } from './incident-settings.service.js';

/** The incident ledger's services, for CollectorsModule's providers and exports. */
export const DETECTION_PROVIDERS = [
  DetectionFactsLoader,
  IncidentLedgerService,
  IncidentActionsService,
  IncidentSettingsService,
  IncidentDetectionService,
  IncidentExportService,
];
