import { CsvRowFault } from '../csv/csv.types.js';
import { fault, parseCount, parseExternalId, parseText, widthFault } from '../csv/csv-field.util.js';
import {
  EMPTY_COUNTS,
  type EngagementCounts,
  type ExportItemRow,
  type ExportRowParser,
} from '../export-items/export-item.types.js';
import { parseIsoDateTime, parseUsDateTime } from '../export-items/export-time.parser.js';
import type { ToolLayout } from './tool-header.mapper.js';
import {
  isRepostOfOtherType,
  kindOfPostType,
  platformOfNetwork,
} from '../export-items/platform-name.util.js';

export interface ToolDefaults {
  /** Platform for rows whose Network is empty or absent (--platform). */
  platform: string | null;
  /** Account handle for rows whose Profile is empty or absent (--account). */
  account: string | null;
}

/**
 * One row of a tool export → one outbound item, attributed to the `Sent by` person (source `tool`) when
 * the cell names one, with the counts the export reports. Checks run in column order; first failure wins.
 */
export class ToolRowParser implements ExportRowParser {
  readonly createdAtField: string;
  readonly description = 'publishing tool export ("Sent by" attributes each post)';
  readonly ignoredColumns: string[];

  constructor(
    private readonly layout: ToolLayout,
    private readonly defaults: ToolDefaults,
  ) {
    this.createdAtField = layout.date.name;
    this.ignoredColumns = layout.ignored;
  }

  parse(fields: string[], _line: number, terminated: boolean): ExportItemRow | CsvRowFault {
    const layout = this.layout;
    const wrongWidth = widthFault(fields, layout.width, terminated);
    if (wrongWidth !== null) return wrongWidth;

    const postId = parseExternalId(fields[layout.postId.position], layout.postId.name);
    if (postId instanceof CsvRowFault) return postId;

    const dateRaw = fields[layout.date.position];
    const createdAt = parseIsoDateTime(dateRaw) ?? parseUsDateTime(dateRaw);
    if (createdAt === null) {
      return fault(
        layout.date.name,
        dateRaw,
        'is not a date and time (ISO 8601, or MM/DD/YYYY HH:MM with optional AM/PM)',
      );
    }

    const network = layout.network === null ? '' : fields[layout.network.position];
    const platform = network.trim().length > 0 ? platformOfNetwork(network) : this.defaults.platform;
    if (platform === null) {
      return network.trim().length > 0
        ? fault(layout.network!.name, network, 'is not a network name')
        : new CsvRowFault(
            `${layout.network?.name ?? 'Network'} is empty (give --platform for such rows)`,
            'Network',
          );
    }

    const profileRaw =
      layout.profile === null ? '' : fields[layout.profile.position].trim().replace(/^@/, '');
    const handle =
      profileRaw.length > 0 ? parseText(profileRaw, layout.profile!.name) : this.defaults.account;
    if (handle instanceof CsvRowFault) return handle;
    if (handle === null)
      return new CsvRowFault(
        `${layout.profile?.name ?? 'Profile'} is empty (give --account for such rows)`,
        'Profile',
      );

    const sentBy = parseText(fields[layout.sentBy.position].trim(), layout.sentBy.name);
    if (sentBy instanceof CsvRowFault) return sentBy;

    const text = layout.text === null ? '' : parseText(fields[layout.text.position], layout.text.name);
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
      account: { platform, externalId: null, handle },
      externalId: postId,
      kind: layout.postType === null ? 'post' : kindOfPostType(fields[layout.postType.position]),
      isRepostOfOther: layout.postType !== null && isRepostOfOtherType(fields[layout.postType.position]),
      createdAt,
      text,
      authorExternalId: null,
      inReplyToExternalId: null,
      conversationId: null,
      operatorName: sentBy.length > 0 ? sentBy : null,
      metrics: Object.keys(layout.metrics).length > 0 ? metrics : null,
    };
  }
}
