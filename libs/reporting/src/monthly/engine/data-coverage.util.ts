// Pure: which part of the month each account's data actually covers, and where it came from. Collection
// windows only exist for accounts collected from a platform API; an account fed by file imports (or the
// generated demo) has none, so "no window is missing" would claim a complete month that was never collected.
// This says instead what span the facts cover and which imports brought them.
import type { AccountCoverageLine, ImportRunLine } from './engine-sections.model.js';

/** A run of a file import (CollectionRunRepository, source `import:*`). */
export interface ImportRunListing {
  source: string;
  /** The imported file's name. */
  subject: string | null;
  /** Null for imports that feed several accounts at once (twcs). */
  accountId: string | null;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  rowsImported: number;
}

export interface CoverageInputs {
  from: Date;
  to: Date;
  accounts: readonly { id: string; handle: string; platform: string }[];
  /** Inbound and outbound items; only those created in [from, to) count. */
  items: Iterable<{ accountId: string; createdAt: Date }>;
  /** Accounts with a platform connection: collected through the API, their windows are the gap list. */
  connectedAccountIds: ReadonlySet<string>;
  importRuns: readonly ImportRunListing[];
  isDemo: boolean;
}

const DAY_MS = 86_400_000;
/** Imports that bring no items (the roster) say nothing about an account's data. */
const NON_ITEM_IMPORTS = new Set(['import:roster']);
/** How many import runs the report lists (newest first): enough to identify the files, not an import log. */
export const MAX_LISTED_IMPORT_RUNS = 10;

export function buildDataCoverage(inputs: CoverageInputs): {
  accounts: AccountCoverageLine[];
  importRuns: ImportRunLine[];
} {
  const from = inputs.from.getTime();
  const to = inputs.to.getTime();
  const spans = new Map<string, { first: number; last: number; items: number }>();
  for (const item of inputs.items) {
    const t = item.createdAt.getTime();
    if (t < from || t >= to) continue;
    const span = spans.get(item.accountId);
    if (!span) spans.set(item.accountId, { first: t, last: t, items: 1 });
    else {
      span.items += 1;
      if (t < span.first) span.first = t;
      if (t > span.last) span.last = t;
    }
  }
  const itemImports = [...inputs.importRuns]
    .filter((run) => !NON_ITEM_IMPORTS.has(run.source))
    .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
  const handles = new Map(inputs.accounts.map((a) => [a.id, a.handle]));

  const accounts = inputs.accounts
    .map((account): AccountCoverageLine => {
      const span = spans.get(account.id);
      const imports = itemImports.filter((run) => run.accountId === null || run.accountId === account.id);
      const feed = inputs.connectedAccountIds.has(account.id)
        ? 'collector'
        : imports.length > 0
          ? 'import'
          : inputs.isDemo
            ? 'demo'
            : 'unknown';
      const sources =
        feed === 'collector'
          ? [`collector:${account.platform}`]
          : feed === 'import'
            ? [...new Set(imports.map((run) => run.source))].sort()
            : feed === 'demo'
              ? ['demo']
              : [];
      return {
        accountHandle: account.handle,
        platform: account.platform,
        feed,
        sources,
        items: span?.items ?? 0,
        firstItem: span ? new Date(span.first) : null,
        lastItem: span ? new Date(span.last) : null,
        // A day without a single item at either end of the month reads as "not collected", not as quiet.
        leavesGap: !span || span.first - from > DAY_MS || to - span.last > DAY_MS,
      };
    })
    .sort((a, b) => a.accountHandle.localeCompare(b.accountHandle));

  return {
    accounts,
    importRuns: itemImports.slice(0, MAX_LISTED_IMPORT_RUNS).map((run) => ({
      source: run.source,
      file: run.subject,
      accountHandle: run.accountId === null ? null : (handles.get(run.accountId) ?? run.accountId),
      status: run.status,
      finishedAt: run.finishedAt ?? run.startedAt,
      rowsImported: run.rowsImported,
    })),
  };
}
