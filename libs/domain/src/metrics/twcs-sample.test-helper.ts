// Test-only: turns the Kaggle "Customer Support on Twitter" sample (/work/shared/data/twcs/sample.csv) into
// domain facts. Not exported from the folder's index; the domain itself never reads files.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { attributeOutbound, completeAttribution } from '../attribution/outbound-attribution.util.js';
import { buildAttributionLookups } from '../attribution/attribution-lookups.util.js';
import type {
  AccountFact,
  InboundItemFact,
  OperatorAliasFact,
  OperatorFact,
  OutboundItemFact,
} from '../model/facts.js';

/** The shared data folder sits beside the project root (see /work/shared/data/README.md). */
export const SHARED_DATA_DIR = fileURLToPath(new URL('../../../../../shared/data/', import.meta.url));
export const TWCS_SAMPLE_PATH = `${SHARED_DATA_DIR}twcs/sample.csv`;

interface TwcsRow {
  tweet_id: string;
  author_id: string;
  inbound: string;
  created_at: string;
  text: string;
  response_tweet_id: string;
  in_response_to_tweet_id: string;
}

export interface TwcsFacts {
  accounts: AccountFact[];
  operators: OperatorFact[];
  aliases: OperatorAliasFact[];
  inbound: InboundItemFact[];
  outbound: OutboundItemFact[];
  /** Customer tweets no brand tweet in the sample connects to an account. */
  orphanInbound: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Twitter's `Wed Oct 11 06:55:44 +0000 2017`, parsed explicitly rather than trusting Date.parse. */
export function parseTwitterDate(value: string): Date {
  const match = /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(value);
  const month = match ? MONTHS.indexOf(match[1]) : -1;
  if (!match || month < 0) throw new Error(`Unexpected twcs created_at: ${JSON.stringify(value)}`);
  const [, , day, hh, mm, ss, sign, offH, offM, year] = match;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(offH) * 60 + Number(offM)) * 60_000;
  return new Date(Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss)) - offsetMs);
}

export function loadTwcsSample(path = TWCS_SAMPLE_PATH): TwcsFacts {
  if (!existsSync(path)) throw new Error(`twcs sample not found at ${path}`);
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as TwcsRow[];
  const byId = new Map(rows.map((row) => [row.tweet_id, row]));
  const isBrand = (row: TwcsRow | undefined) => row !== undefined && row.inbound === 'False';
  const ids = (list: string) =>
    list
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);

  const accountIds = [...new Set(rows.filter(isBrand).map((row) => row.author_id))].sort();
  const accounts: AccountFact[] = accountIds.map((id) => ({
    id,
    handle: id,
    platform: 'x',
    timeZone: 'UTC',
    signaturePattern: null,
  }));

  // Attribution as an importer would run it: unknown signatures become unassigned operators with an alias.
  const operators: OperatorFact[] = [];
  const aliases: OperatorAliasFact[] = [];
  const outbound: OutboundItemFact[] = rows.filter(isBrand).map((row) => {
    const createdAt = parseTwitterDate(row.created_at);
    const lookups = buildAttributionLookups({ operators, aliases, assignments: [] });
    let attribution = attributeOutbound({
      item: { accountId: row.author_id, createdAt, text: row.text },
      account: { timeZone: 'UTC', signaturePattern: null },
      lookups,
    });
    if (attribution.unknownSignature !== undefined) {
      const operatorId = `${row.author_id}:${attribution.unknownSignature}`;
      operators.push({
        id: operatorId,
        name: `${row.author_id} ^${attribution.unknownSignature}`,
        sourcingGroup: null,
      });
      aliases.push({ accountId: row.author_id, signature: attribution.unknownSignature, operatorId });
      attribution = completeAttribution(attribution, operatorId);
    }
    return {
      accountId: row.author_id,
      externalId: row.tweet_id,
      createdAt,
      inReplyToExternalId: row.in_response_to_tweet_id || null,
      conversationId: null,
      operatorId: attribution.operatorId,
      attributionSource: attribution.source,
    };
  });

  // A customer tweet belongs to the brand that replied to it, else to the brand whose tweet it answers.
  let orphanInbound = 0;
  const inbound: InboundItemFact[] = [];
  for (const row of rows.filter((r) => r.inbound === 'True')) {
    const replier = ids(row.response_tweet_id)
      .map((id) => byId.get(id))
      .find(isBrand);
    const parent = byId.get(row.in_response_to_tweet_id);
    const accountId = replier?.author_id ?? (isBrand(parent) ? parent!.author_id : undefined);
    if (accountId === undefined) {
      orphanInbound += 1;
      continue;
    }
    inbound.push({
      accountId,
      externalId: row.tweet_id,
      createdAt: parseTwitterDate(row.created_at),
      conversationId: null,
      actionable: true,
    });
  }
  return { accounts, operators, aliases, inbound, outbound, orphanInbound };
}
