export type {
  AttributionLookups,
  OutboundAttribution,
  OutboundAttributionInput,
  OutboundToAttribute,
} from './attribution.types.js';
export { DEFAULT_SIGNATURE_PATTERN, compileSignaturePattern } from './signature-pattern.util.js';
export { extractSignature, signatureText } from './signature.util.js';
export { localWeekMinute, type LocalWeekMinute } from './local-time.util.js';
export { isAssignedAt, isOnShift, windowContains } from './shift.util.js';
export { findRosterOperator } from './roster.util.js';
export { aliasKey, buildAttributionLookups, normaliseOperatorName } from './attribution-lookups.util.js';
export { resolveOperatorName, type NameResolution } from './operator-name.util.js';
export { attributeOutbound, completeAttribution } from './outbound-attribution.util.js';
