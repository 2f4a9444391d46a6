import { CsvRowFault } from '../csv/csv.types.js';
import { fault, parseCount, parseExternalId, parseText, shown, widthFault } from '../csv/csv-field.util.js';
import {
  EMPTY_COUNTS,
  type EngagementCounts,
  type ExportItemRow,
  type ExportRowParser,
} from '../export-items/export-item.types.js';
import { isRepostOfOtherType, platformOfNetwork } from '../export-items/platform-name.util.js';
import { MAPPED_METRICS, type ColumnMapping, type MappedField } from './column-mapping.types.js';
import { dateReaderFor, type DateReader } from './mapped-date.parser.js';
import type { MappedLayout } from './mapped-header.mapper.js';

const KINDS: Record<string, string> = {
  post: 'post',
  reply: 'reply',
  comment: 'comment',
  mention: 'mention',
  dm: 'dm',
  message: 'dm',
  'direct message': 'dm',
  'private message': 'dm',
  // Someone else's post passed on: a post of the account, marked as a repost of others (isRepostOfOtherType).
  retweet: 'post',
  repost: 'post',
  reblog: 'post',
  share: 'post',
};
const OUTBOUND_KINDS = new Set(['post', 'reply', 'comment', 'dm']);
const INBOUND_KINDS = new Set(['mention', 'reply', 'comment', 'dm']);

/** One row of a mapped CSV → one inbound or outbound item. Checks run in a fixed order; first failure wins. */
export class MappedRowParser implements ExportRowParser {
  readonly createdAtField: string;
  readonly description = 'CSV read through its column mapping';
  readonly ignoredColumns: string[];
  private readonly readDate: DateReader;
  private readonly hasMetrics: boolean;

  constructor(
    private readonly layout: MappedLayout,
    private readonly mapping: ColumnMapping,
  ) {
    this.createdAtField = layout.at.created_at!.name;
    this.ignoredColumns = layout.ignored;
    this.readDate = dateReaderFor(mapping.createdAtFormat);
    this.hasMetrics = MAPPED_METRICS.some((m) => layout.at[m] !== undefined);
  }

  parse(fields: string[], _line: number, terminated: boolean): ExportItemRow | CsvRowFault {
    const wrongWidth = widthFault(fields, this.layout.width, terminated);
    if (wrongWidth !== null) return wrongWidth;
    const cell = (role: MappedField) => {
      const column = this.layout.at[role];
      return column === undefined ? null : { name: column.name, value: fields[column.position] };
    };

    const id = cell('id')!;
    const externalId = parseExternalId(id.value, id.name);
    if (externalId instanceof CsvRowFault) return externalId;

    const direction = this.direction(cell('direction'));
    if (direction instanceof CsvRowFault) return direction;

    const account = this.account(cell('platform'), cell('account'), cell('account_id'));
    if (account instanceof CsvRowFault) return account;

    const created = cell('created_at')!;
    const createdAt = this.readDate(created.value);
    if (createdAt === null)
      return fault(created.name, created.value, `is not a date and time in the mapping's format`);

    const text = optionalText(cell('text'));
    if (text instanceof CsvRowFault) return text;
    const author = optionalText(cell('author'));
    if (author instanceof CsvRowFault) return author;
    const conversation = optionalText(cell('conversation'));
    if (conversation instanceof CsvRowFault) return conversation;
    const operator = direction === 'outbound' ? optionalText(cell('operator')) : '';
    if (operator instanceof CsvRowFault) return operator;

    const replyCell = cell('in_reply_to');
    let inReplyTo: string | null = null;
    if (replyCell !== null && replyCell.value.trim().length > 0) {
      const parent = parseExternalId(replyCell.value, replyCell.name);
      if (parent instanceof CsvRowFault) return parent;
      inReplyTo = parent;
    }

    const kind = this.kind(cell('kind'), direction, inReplyTo !== null);
    if (kind instanceof CsvRowFault) return kind;

    let metrics: EngagementCounts | null = null;
    if (direction === 'outbound' && this.hasMetrics) {
      metrics = { ...EMPTY_COUNTS };
      for (const metric of MAPPED_METRICS) {
        const column = this.layout.at[metric];
        if (column === undefined) continue;
        const count = parseCount(fields[column.position], column.name);
        if (count instanceof CsvRowFault) return count;
        metrics[metric] = count;
      }
    }

    return {
      direction,
      account,
      externalId,
      kind,
      isRepostOfOther: direction === 'outbound' && isRepostOfOtherType(cell('kind')?.value ?? ''),
      createdAt,
      text: text ?? '',
      authorExternalId: direction === 'inbound' ? (author?.trim() ?? '') : null,
      inReplyToExternalId: inReplyTo,
      conversationId: conversation?.trim() || null,
      operatorName: operator?.trim() || null,
      metrics,
    };
  }

  private direction(column: { name: string; value: string } | null): 'inbound' | 'outbound' | CsvRowFault {
    if (column === null) return this.mapping.fixedDirection!;
    const value = column.value.trim().toLowerCase();
    if (this.mapping.inboundValues.includes(value)) return 'inbound';
    if (this.mapping.outboundValues.includes(value)) return 'outbound';
    if (value.length === 0 && this.mapping.fixedDirection) return this.mapping.fixedDirection;
    return fault(
      column.name,
      column.value,
      `is neither an inbound value (${this.mapping.inboundValues.join(', ')}) nor an outbound one (${this.mapping.outboundValues.join(', ')})`,
    );
  }

  private account(
    platformCell: { name: string; value: string } | null,
    handleCell: { name: string; value: string } | null,
    idCell: { name: string; value: string } | null,
  ): ExportItemRow['account'] | CsvRowFault {
    let platform = this.mapping.platform;
    if (platformCell !== null && platformCell.value.trim().length > 0) {
      platform = platformOfNetwork(platformCell.value);
      if (platform === null) return fault(platformCell.name, platformCell.value, 'is not a platform name');
    }
    if (platform === null) return new CsvRowFault(`${platformCell!.name} is empty`, platformCell!.name);

    let externalId: string | null = null;
    if (idCell !== null && idCell.value.trim().length > 0) {
      const id = parseExternalId(idCell.value, idCell.name);
      if (id instanceof CsvRowFault) return id;
      externalId = id;
    }
    let handle = this.mapping.account;
    if (handleCell !== null && handleCell.value.trim().length > 0) {
      const text = parseText(handleCell.value.trim().replace(/^@/, ''), handleCell.name);
      if (text instanceof CsvRowFault) return text;
      handle = text;
    }
    if (handle === null && externalId === null) {
      const name = handleCell?.name ?? idCell!.name;
      return new CsvRowFault(`${name} is empty: the row names no account`, name);
    }
    return { platform, externalId, handle };
  }

  private kind(
    column: { name: string; value: string } | null,
    direction: 'inbound' | 'outbound',
    isReply: boolean,
  ): string | CsvRowFault {
    const fallback = isReply ? 'reply' : direction === 'outbound' ? 'post' : 'mention';
    if (column === null || column.value.trim().length === 0) return fallback;
    const kind = KINDS[column.value.trim().toLowerCase()];
    const allowed = direction === 'outbound' ? OUTBOUND_KINDS : INBOUND_KINDS;
    if (kind === undefined || !allowed.has(kind)) {
      return new CsvRowFault(
        `${column.name} ${shown(column.value)} is not a kind of ${direction} item (${[...allowed].join(', ')})`,
        column.name,
      );
    }
    return kind;
  }
}

function optionalText(column: { name: string; value: string } | null): string | null | CsvRowFault {
  return column === null ? null : parseText(column.value, column.name);
}
