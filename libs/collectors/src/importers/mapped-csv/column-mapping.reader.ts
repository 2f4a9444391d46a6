import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { isTimeZone, notATimeZone } from '#domain';
import { ColumnMappingError } from './column-mapping.error.js';
import {
  DEFAULT_INBOUND_VALUES,
  DEFAULT_OUTBOUND_VALUES,
  MAPPED_FIELDS,
  MAPPED_METRICS,
  type ColumnMapping,
  type CreatedAtFormat,
} from './column-mapping.types.js';
import { platformOfNetwork } from '../export-items/platform-name.util.js';
import { dateReaderFor } from './mapped-date.parser.js';

const TOP_KEYS = ['columns', 'platform', 'account', 'created_at', 'direction', 'delimiter'] as const;
const COLUMN_KEYS = [...MAPPED_FIELDS, ...MAPPED_METRICS] as readonly string[];
const DELIMITERS: Record<string, ColumnMapping['delimiter']> = {
  auto: 'auto',
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  tab: '\t',
  '\t': '\t',
};

/** Reads and checks a mapping file (YAML); throws ColumnMappingError naming the line of the first problem. */
export async function readColumnMapping(path: string): Promise<ColumnMapping> {
  return parseColumnMapping(await readFile(path, 'utf8'), path);
}

/**
 * Parses mapping text. The YAML failsafe schema keeps every value text (`True`, `0`, `09:00` stay as
 * written), so column names and direction values are never turned into booleans or numbers.
 */
export function parseColumnMapping(text: string, file = 'mapping'): ColumnMapping {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, schema: 'failsafe' });
  const lineOf = (node: unknown) => {
    const range = node && typeof node === 'object' && 'range' in node ? (node as Node).range : undefined;
    return range ? lines.linePos(range[0]).line : null;
  };
  const fail = (node: unknown, problem: string): never => {
    throw new ColumnMappingError(file, lineOf(node), problem);
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new ColumnMappingError(file, error.linePos?.[0].line ?? null, error.message.trim());
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'the mapping must be a set of keys (columns:, platform:, …)');

  const top = entries(root, TOP_KEYS, 'top-level key', fail);
  const columnsNode = top.get('columns');
  if (!columnsNode || !isMap(columnsNode.value))
    return fail(
      columnsNode?.key ?? root,
      '`columns:` must map roles (id, created_at, …) to CSV header names',
    );
  const columns: ColumnMapping['columns'] = {};
  for (const [key, { value }] of entries(columnsNode.value, COLUMN_KEYS, 'column role', fail))
    columns[key as keyof ColumnMapping['columns']] = scalar(value, `columns.${key}`, fail);

  const mapping: ColumnMapping = {
    columns,
    platform: platformOf(top.get('platform')?.value, fail),
    account: optionalScalar(top.get('account')?.value, 'account', fail)?.replace(/^@/, '') ?? null,
    createdAtFormat: 'iso',
    timeZone: null,
    fixedDirection: null,
    inboundValues: DEFAULT_INBOUND_VALUES,
    outboundValues: DEFAULT_OUTBOUND_VALUES,
    delimiter: 'auto',
  };

  const createdAt = top.get('created_at');
  if (createdAt) {
    if (!isMap(createdAt.value))
      return fail(createdAt.key, '`created_at:` must have format: and/or time_zone:');
    const parts = entries(createdAt.value, ['format', 'time_zone'], 'created_at key', fail);
    const format = parts.get('format');
    if (format) mapping.createdAtFormat = createdAtFormat(scalar(format.value, 'created_at.format', fail));
    try {
      dateReaderFor(mapping.createdAtFormat);
    } catch (error) {
      fail(format?.value, (error as Error).message);
    }
    const zone = parts.get('time_zone');
    if (zone) {
      mapping.timeZone = scalar(zone.value, 'created_at.time_zone', fail);
      if (!isTimeZone(mapping.timeZone)) fail(zone.value, notATimeZone(mapping.timeZone));
    }
  }

  const direction = top.get('direction');
  if (direction) readDirection(direction.value, mapping, fail);

  const delimiter = top.get('delimiter');
  if (delimiter) {
    const value = scalar(delimiter.value, 'delimiter', fail);
    const chosen = DELIMITERS[value.toLowerCase()];
    if (!chosen) fail(delimiter.value, `delimiter "${value}" is not one of: auto, comma, semicolon, tab`);
    mapping.delimiter = chosen;
  }

  const needed = [
    ...(columns.id ? [] : ['columns.id']),
    ...(columns.created_at ? [] : ['columns.created_at']),
    ...(columns.direction || mapping.fixedDirection ? [] : ['columns.direction (or direction.fixed)']),
    ...(columns.platform || mapping.platform ? [] : ['platform (or columns.platform)']),
    ...(columns.account || columns.account_id || mapping.account ? [] : ['account (or columns.account)']),
  ];
  if (needed.length > 0) fail(root, `missing ${needed.join(', ')}`);
  return mapping;
}

type Fail = (node: unknown, problem: string) => never;

function readDirection(node: unknown, mapping: ColumnMapping, fail: Fail): void {
  if (!isMap(node)) return fail(node, '`direction:` must have fixed: or inbound:/outbound: value lists');
  const parts = entries(node, ['fixed', 'inbound', 'outbound'], 'direction key', fail);
  const fixed = parts.get('fixed');
  if (fixed) {
    const value = scalar(fixed.value, 'direction.fixed', fail).toLowerCase();
    if (value !== 'inbound' && value !== 'outbound')
      fail(fixed.value, 'direction.fixed must be inbound or outbound');
    mapping.fixedDirection = value as 'inbound' | 'outbound';
  }
  for (const side of ['inbound', 'outbound'] as const) {
    const list = parts.get(side);
    if (!list) continue;
    if (!isSeq(list.value) || list.value.items.length === 0)
      fail(list.value, `direction.${side} must be a list of cell values, e.g. [in, received]`);
    const values = (list.value as { items: unknown[] }).items.map((item) =>
      scalar(item, `direction.${side}`, fail).trim().toLowerCase(),
    );
    if (side === 'inbound') mapping.inboundValues = values;
    else mapping.outboundValues = values;
  }
  const both = mapping.inboundValues.filter((v) => mapping.outboundValues.includes(v));
  if (both.length > 0)
    fail(node, `direction value(s) ${both.join(', ')} are listed as inbound and as outbound`);
}

/** The keys of a map with their nodes; unknown keys are refused (a misspelt role would silently be ignored). */
function entries(
  map: YAMLMap,
  known: readonly string[],
  what: string,
  fail: Fail,
): Map<string, { key: unknown; value: unknown }> {
  const found = new Map<string, { key: unknown; value: unknown }>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!known.includes(key)) fail(pair.key, `unknown ${what} "${key}" (known: ${known.join(', ')})`);
    if (found.has(key)) fail(pair.key, `"${key}" is given twice`);
    found.set(key, { key: pair.key, value: pair.value });
  }
  return found;
}

function scalar(node: unknown, name: string, fail: Fail): string {
  if (!isScalar(node) || String(node.value).trim().length === 0)
    return fail(node, `${name} must be a non-empty text`);
  return String(node.value).trim();
}

function optionalScalar(node: unknown, name: string, fail: Fail): string | null {
  return node === undefined ? null : scalar(node, name, fail);
}

/** The fixed platform, named as the collectors name it (`Twitter` → `x`). */
function platformOf(node: unknown, fail: Fail): string | null {
  const name = optionalScalar(node, 'platform', fail);
  if (name === null) return null;
  return platformOfNetwork(name) ?? fail(node, `platform "${name}" is not a platform name`);
}

function createdAtFormat(value: string): CreatedAtFormat {
  const lower = value.toLowerCase();
  if (lower === 'iso' || lower === 'twitter' || lower === 'unix' || lower === 'unix_ms') return lower;
  return { pattern: value };
}
