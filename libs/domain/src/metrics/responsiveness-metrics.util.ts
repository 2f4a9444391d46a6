import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import type { MetricsResult } from './metrics.types.js';
import type { ResponsivenessInput } from './responsiveness-input.types.js';
import { buildResponsivenessRow } from './responsiveness-row.util.js';
import { rowIdentities, type RowIdentity } from './row-identity.util.js';
import { compareRows } from './row-order.util.js';

export const TOTAL_ROW_KEY = 'total';

/**
 * Responsiveness per account, operator or sourcing group, plus a total row (METRICS.md, Responsiveness).
 * In scope: actionable inbound items created in [from, to), and outbound items created in [from, to).
 * Every in-scope item lands in exactly one row, so the rows add up to the total; `unknown` is a row like
 * any other and is never dropped. Rows without volume are left out, except that the account dimension
 * lists every account given (a silent account is itself a finding).
 */
export function computeResponsiveness(input: ResponsivenessInput): MetricsResult {
  // First responses over all the data: a reply after `to` still answers an item received in the period.
  return computeResponsivenessOf(input, computeFirstResponses(input.inbound, input.outbound));
}

/**
 * computeResponsiveness from first responses already computed over the same facts (computeFirstResponses
 * of input.inbound and input.outbound): a report that shows several dimensions pairs the items once.
 */
export function computeResponsivenessOf(
  input: ResponsivenessInput,
  firstResponses: readonly FirstResponse[],
): MetricsResult {
  const { from, to, dataEnd, dimension } = input;
  const inPeriod = (at: Date) => at.getTime() >= from.getTime() && at.getTime() < to.getTime();
  const responses = firstResponses.filter((r) => inPeriod(r.inbound.createdAt));
  const outbound = input.outbound.filter((item) => inPeriod(item.createdAt));

  const identities = rowIdentities(dimension, input);
  const rows = new Map<string, { identity: RowIdentity; responses: FirstResponse[]; outbound: number }>();
  const rowFor = (identity: RowIdentity) => {
    let row = rows.get(identity.key);
    if (!row) rows.set(identity.key, (row = { identity, responses: [], outbound: 0 }));
    return row;
  };
  for (const identity of identities.always()) rowFor(identity);
  for (const response of responses) rowFor(identities.forInbound(response)).responses.push(response);
  for (const item of outbound) rowFor(identities.forOutbound(item)).outbound += 1;

  return {
    from,
    to,
    dimension,
    rows: [...rows.values()]
      .map((row) => buildResponsivenessRow(row.identity, row.responses, row.outbound, dataEnd))
      .sort(compareRows),
    total: buildResponsivenessRow(
      { key: TOTAL_ROW_KEY, label: 'Total', sourcingGroup: null },
      responses,
      outbound.length,
      dataEnd,
    ),
  };
}
