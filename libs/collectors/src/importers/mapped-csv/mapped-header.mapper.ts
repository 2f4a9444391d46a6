import { CsvHeaderError } from '../csv/csv-header.error.js';
import { CsvHeaderIndex } from '../csv/csv-header.util.js';
import {
  MAPPED_FIELDS,
  MAPPED_METRICS,
  type ColumnMapping,
  type MappedField,
  type MappedMetric,
} from './column-mapping.types.js';

export const MAPPED_CSV = 'CSV file with the columns its mapping names';

export type MappedLayout = {
  width: number;
  /** Position of each mapped role's column in this file, with the header name as written. */
  at: Partial<Record<MappedField | MappedMetric, { name: string; position: number }>>;
  ignored: string[];
};

/** Finds every column the mapping names; all must be present, each once. */
export function mapMappedHeader(file: string, header: string[], mapping: ColumnMapping): MappedLayout {
  const index = new CsvHeaderIndex(header);
  const roles = [...MAPPED_FIELDS, ...MAPPED_METRICS].filter((role) => mapping.columns[role] !== undefined);
  const missing = roles.filter((role) => !index.has(mapping.columns[role]!));
  if (missing.length > 0) {
    throw new CsvHeaderError(
      file,
      MAPPED_CSV,
      missing.map((role) => `${mapping.columns[role]} (${role})`),
      header,
    );
  }
  const duplicated = index.duplicated(new Set(roles.map((role) => mapping.columns[role]!)));
  if (duplicated.length > 0) {
    throw new CsvHeaderError(
      file,
      MAPPED_CSV,
      [],
      header,
      `column(s) ${duplicated.map((n) => JSON.stringify(n)).join(', ')} appear more than once`,
    );
  }
  const at: MappedLayout['at'] = {};
  for (const role of roles) at[role] = index.first(mapping.columns[role]!)!;
  return { width: index.width, at, ignored: index.ignored(Object.values(at).map((c) => c!.position)) };
}
