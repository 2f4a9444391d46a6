// Sourcing groups are stored as keys (in_house, agency:<name>); readers see names in their language.
import { IN_HOUSE, UNASSIGNED_GROUP_LABEL, UNKNOWN_OPERATOR_LABEL } from '#domain';
import type { LocaleCatalog } from './locale-catalog.js';

const AGENCY_PREFIX = 'agency:';

/** in_house → "In-house"; agency:CallCo → "Agency: CallCo"; null → "Unassigned"; anything else unchanged. */
export function sourcingGroupName(group: string | null | undefined, catalog: LocaleCatalog): string {
  if (group === null || group === undefined || group === UNASSIGNED_GROUP_LABEL)
    return catalog.t('groups.unassigned');
  if (group === IN_HOUSE) return catalog.t('groups.inHouse');
  if (group === UNKNOWN_OPERATOR_LABEL) return catalog.t('groups.unknown');
  if (group.startsWith(AGENCY_PREFIX))
    return catalog.t('groups.agency', { name: group.slice(AGENCY_PREFIX.length) });
  return group;
}
