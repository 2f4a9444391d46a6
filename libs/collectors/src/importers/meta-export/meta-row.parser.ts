import { CsvRowFault } from '../csv/csv.types.js';
import { fault, parseCount, parseExternalId, parseText, widthFault } from '../csv/csv-field.util.js';
import {
  EMPTY_COUNTS,
  type EngagementCounts,
  type ExportItemRow,
  type ExportRowParser,
} from '../export-items/export-item.types.js';
import { parseIsoDateTime, parseUsDateTime } from '../export-items/export-time.parser.js';
import type { MetaLayout } from './meta-header.mapper.js';

/**
 * One row of a Meta Business Suite per-post export → one post of the account with its lifetime counts.
 * Checks run in column order and the first failure is reported: one reason per rejected line.
 */
export class MetaRowParser implements ExportRowParser {
  readonly createdAtField = 'Publish time';
  readonly description: string;
  readonly ignoredColumns: string[];
  /** With --account every row must be of one page: the first account id seen is kept to check the rest. */
  private firstAccountId: string | null = null;

  constructor(
    private readonly layout: MetaLayout,
    /** The handle given with --account: every row belongs to it. */
    private readonly accountHandle: string | null,
  ) {
    const views = layout.metrics.impressions?.name;
    this.description =
      `${layout.platform === 'facebook' ? 'Facebook' : 'Instagram'} per-post export` +
      (views ? `, "${views}" stored as impressions` : '');
    this.ignoredColumns = layout.ignored;
  }

  parse(fields: string[], _line: number, terminated: boolean): ExportItemRow | CsvRowFault {
    const layout = this.layout;
    const wrongWidth = widthFault(fields, layout.width, terminated);
    if (wrongWidth !== null) return wrongWidth;

    const postId = metaId(fields[layout.postId], 'Post ID');
    if (postId instanceof CsvRowFault) return postId;

    const account = this.account(fields);
    if (account instanceof CsvRowFault) return account;

    const publishRaw = fields[layout.publishTime];
    const createdAt = parseUsDateTime(publishRaw) ?? parseIsoDateTime(publishRaw);
    if (createdAt === null)
      return fault('Publish time', publishRaw, 'is not a date and time as Meta writes it (MM/DD/YYYY HH:MM)');

    if (layout.date !== null) {
      const date = fields[layout.date].trim();
      if (date.length > 0 && date.toLowerCase() !== 'lifetime') {
        return fault(
          'Date',
          date,
          'is not "Lifetime": only lifetime totals make an engagement snapshot (export with the lifetime date range)',
        );
      }
    }

    const description = layout.description === null ? '' : fields[layout.description];
    const title = layout.title === null ? '' : fields[layout.title];
    const useTitle = description.trim().length === 0 && title.trim().length > 0;
    const text = parseText(useTitle ? title : description, useTitle ? 'Title' : 'Description');
    if (text instanceof CsvRowFault) return text;

    const metrics: EngagementCounts = { ...EMPTY_COUNTS };
    for (const [metric, column] of Object.entries(layout.metrics) as [
      keyof EngagementCounts,
      { name: string; position: number },
    ][]) {
      const count = parseCount(fields[column.position], column.name);
      if (count instanceof CsvRowFault) return count;
      metrics[metric] = count;
    }

    return {
      direction: 'outbound',
      account: { platform: layout.platform, ...account },
      externalId: postId,
      kind: 'post',
      // Meta writes Yes/No; an empty or unknown cell is the account's own post.
      isRepostOfOther: layout.isShare !== null && /^(yes|true|1|ja)$/i.test(fields[layout.isShare].trim()),
      createdAt,
      text,
      authorExternalId: null,
      inReplyToExternalId: null,
      conversationId: null,
      operatorName: null,
      metrics,
    };
  }

  private account(fields: string[]): { externalId: string | null; handle: string | null } | CsvRowFault {
    const { accountId: idColumn, accountName: nameColumn } = this.layout;
    let externalId: string | null = null;
    if (idColumn !== null) {
      const raw = fields[idColumn.position];
      if (raw.trim().length > 0 || this.accountHandle === null) {
        const id = metaId(raw, idColumn.name);
        if (id instanceof CsvRowFault) return id;
        externalId = id;
      }
    }
    if (this.accountHandle !== null) {
      if (externalId !== null) {
        this.firstAccountId ??= externalId;
        if (externalId !== this.firstAccountId) {
          return fault(
            idColumn!.name,
            externalId,
            `differs from the first row's (${this.firstAccountId}): --account names one account; import each account's file on its own`,
          );
        }
      }
      return { externalId, handle: this.accountHandle };
    }
    let handle: string | null = null;
    if (nameColumn !== null) {
      const name = parseText(fields[nameColumn.position].trim(), nameColumn.name);
      if (name instanceof CsvRowFault) return name;
      handle = name.length > 0 ? name : null;
    }
    if (externalId === null && handle === null)
      return new CsvRowFault(`${nameColumn?.name ?? 'the account column'} is empty`, nameColumn?.name);
    return { externalId, handle };
  }
}

/** Meta's ids are digits (a Page post may be written `pageid_postid`); anything else is not one. */
function metaId(value: string, field: string): string | CsvRowFault {
  const id = parseExternalId(value, field);
  if (id instanceof CsvRowFault || /^\d+(?:_\d+)?$/.test(id)) return id;
  return fault(field, value, 'is not a Meta id (digits, or page id _ post id)');
}
