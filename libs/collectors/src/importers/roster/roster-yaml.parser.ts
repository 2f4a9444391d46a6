import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { RosterFileError } from './roster-file.error.js';
import type { RawRosterEntry } from './roster-entry.validator.js';
import { ROSTER_FIELDS, type RosterField, type RosterRejection } from './roster.types.js';

/**
 * A YAML roster is a list of entries (see examples/roster.example.yaml). The YAML 1.2 core schema is used,
 * so `from: 2017-10-01` and `start: 09:00` stay text (YAML 1.1 would read a timestamp and the number 540).
 * Walks the document nodes rather than plain objects so that each entry and field keeps its line.
 */
export function readRosterYaml(
  file: string,
  text: string,
): { raw: RawRosterEntry[]; rejected: RosterRejection[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, version: '1.2', schema: 'core' });
  if (doc.errors.length > 0) throw new RosterFileError(file, doc.errors[0].message.trim());
  const lineOf = (node: Node | Pair | null | undefined) => {
    const range = node && 'range' in node ? node.range : undefined;
    return range ? lines.linePos(range[0]).line : 1;
  };

  const raw: RawRosterEntry[] = [];
  const rejected: RosterRejection[] = [];
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null))
    return { raw, rejected };
  if (!isSeq(doc.contents)) {
    throw new RosterFileError(
      file,
      'the document must be a list of entries (lines starting with "- account: ")',
    );
  }

  for (const item of doc.contents.items) {
    const line = lineOf(item as Node);
    if (!isMap(item)) {
      rejected.push({
        line,
        field: 'entry',
        reason: 'an entry must be a mapping of account, operator, group, from …',
      });
      continue;
    }
    const entry: RawRosterEntry = { line, values: {}, fieldLines: {} };
    let valid = true;
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const fieldLine = lineOf(pair.key as Node);
      if (!(ROSTER_FIELDS as readonly string[]).includes(key)) {
        rejected.push({
          line: fieldLine,
          field: 'entry',
          reason: `unknown field "${key}" (known: ${ROSTER_FIELDS.join(', ')})`,
        });
        valid = false;
        continue;
      }
      const value = pair.value as Node | null;
      entry.values[key as RosterField] = isScalar(value) ? value.value : (value?.toJSON() ?? null);
      entry.fieldLines![key as RosterField] = fieldLine;
    }
    // An entry with a misspelt field is rejected whole: dropping `sigature: MM` would misattribute replies.
    if (valid) raw.push(entry);
  }
  return { raw, rejected };
}
