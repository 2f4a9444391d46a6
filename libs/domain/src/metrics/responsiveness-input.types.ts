import type {
  AccountFact,
  AssignmentFact,
  InboundItemFact,
  OperatorFact,
  OutboundItemFact,
} from '../model/facts.js';
import type { MetricsDimension } from './metrics.types.js';

export interface ResponsivenessInput {
  /** Period start, inclusive. */
  from: Date;
  /** Period end, exclusive. */
  to: Date;
  /** End of the collected data: items younger than 72 hours at this instant are undecided. */
  dataEnd: Date;
  dimension: MetricsDimension;
  accounts: readonly AccountFact[];
  operators: readonly OperatorFact[];
  assignments: readonly AssignmentFact[];
  /**
   * All inbound and outbound items available, not only those in the period: replies after `to` still
   * answer items received before it, and direct-message turns need the messages before `from`.
   */
  inbound: readonly InboundItemFact[];
  outbound: readonly OutboundItemFact[];
}
