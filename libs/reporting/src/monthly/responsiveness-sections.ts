// Operator rows read best under their sourcing group's heading (and an A4 table has no room for a group column).
import { UNKNOWN_OPERATOR_LABEL, type ResponsivenessRow } from '#domain';

export interface ResponsivenessSection {
  /** False for a table without group headings. */
  titled: boolean;
  /** The section's sourcing group; null is "unassigned"; `unknown` holds responses nobody could be credited with. */
  group: string | null;
  rows: ResponsivenessRow[];
}

/** One titled section per sourcing group, in the order the groups first appear; row order is kept. */
export function responsivenessSections(rows: readonly ResponsivenessRow[]): ResponsivenessSection[] {
  const sections = new Map<string | null, ResponsivenessSection>();
  for (const row of rows) {
    // The unknown responder has no group either, but it is not an operator waiting to be placed in one.
    const group = row.key === UNKNOWN_OPERATOR_LABEL ? UNKNOWN_OPERATOR_LABEL : row.sourcingGroup;
    let section = sections.get(group);
    if (!section) {
      section = { titled: true, group, rows: [] };
      sections.set(group, section);
    }
    section.rows.push(row);
  }
  return [...sections.values()];
}
