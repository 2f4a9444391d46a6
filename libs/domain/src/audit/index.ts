export * from './audit.types.js';
export { canonicalJson, toCanonicalValue, type CanonicalValue } from './canonical-json.util.js';
export {
  AUDIT_CANONICAL_VERSION,
  auditCanonicalForm,
  chainAuditEntry,
  hashAuditEntry,
  verifyAuditChain,
  type AuditEntryDraft,
  type VerifyAuditChainOptions,
} from './audit-chain.util.js';
// The incident ledger reconciled with the log lives beside the incident rules; `ledger audit verify` runs it.
export * from '../incidents/ledger-reconciliation.util.js';
