import type { AssignmentFact, AttributionSource } from '../model/facts.js';

/** What attribution needs to know about an outbound item, as a connector or importer delivers it. */
export interface OutboundToAttribute {
  accountId: string;
  createdAt: Date;
  text: string;
  /** The human the platform names (Meta `admin_creator`, LinkedIn comment `agent`). */
  platformOperatorName?: string | null;
  /** The human the publishing tool names (Sprout `Sent by`, tool metadata). */
  toolOperatorName?: string | null;
}

/** Indexed operators, aliases and assignments; build once per batch with buildAttributionLookups. */
export interface AttributionLookups {
  /** Normalised operator name → ids of the operators with that name (names need not be unique). */
  operatorIdsByName: ReadonlyMap<string, readonly string[]>;
  /** aliasKey(accountId, signature) → operator id. */
  operatorIdBySignature: ReadonlyMap<string, string>;
  assignmentsByAccount: ReadonlyMap<string, readonly AssignmentFact[]>;
}

export interface OutboundAttributionInput {
  item: OutboundToAttribute;
  /** The account's settings: its time zone (for shifts) and signature pattern (null: the default). */
  account: { timeZone: string; signaturePattern: string | null };
  lookups: AttributionLookups;
}

export interface OutboundAttribution {
  /** Null for `unknown`, and while a named person or signature still awaits an operator (see below). */
  operatorId: string | null;
  source: AttributionSource;
  /** The signature found at the end of the text, whatever step the attribution rests on. */
  signature: string | null;
  /**
   * Set when the attribution rests on a signature the account's alias table does not know. The caller
   * creates an operator (sourcing group null, "unassigned") and the alias, then binds the item to it with
   * completeAttribution: the signature identifies a person even before anyone knows who it is.
   */
  unknownSignature?: string;
  /** Set when the platform or the tool names a person no operator is called: create one, as above. */
  unknownOperatorName?: string;
}
