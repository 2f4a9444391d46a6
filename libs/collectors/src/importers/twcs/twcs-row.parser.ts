import { parseTwcsDate } from './twcs-date.parser.js';
import type { TwcsHeaderMap } from './twcs-header.mapper.js';
import { normalizeTwcsId } from './twcs-id.normalizer.js';
import type { TwcsColumn, TwcsRow } from './twcs.types.js';

/** Why one record was not turned into a row. A class, so the hot path tells it from a row with instanceof. */
export class TwcsRowFault {
  constructor(
    readonly reason: string,
    readonly field?: TwcsColumn,
  ) {}
}

/**
 * Turns the fields of one record into a TwcsRow, or says which field is wrong. Checks run in column
 * order and the first failure is reported: one reason per rejected line keeps the report readable.
 */
export function parseTwcsRecord(
  fields: string[],
  header: TwcsHeaderMap,
  terminated: boolean,
): TwcsRow | TwcsRowFault {
  if (fields.length !== header.width) {
    const found = `expected ${header.width} columns, found ${fields.length}`;
    // Only the last record can lack a line break; too few columns there means the file was cut short.
    return new TwcsRowFault(
      !terminated && fields.length < header.width
        ? `${found}: the file ends inside this record (truncated)`
        : found,
    );
  }
  const at = header.index;

  const tweetId = normalizeTwcsId(fields[at.tweet_id]);
  if (tweetId === null) return invalid('tweet_id', fields[at.tweet_id], 'is not an integer id');

  const authorId = fields[at.author_id].trim();
  if (authorId.length === 0) return new TwcsRowFault('author_id is empty', 'author_id');

  const inbound = parseInbound(fields[at.inbound]);
  if (inbound === null) return invalid('inbound', fields[at.inbound], 'is not True/False (or 1/0)');

  const createdAt = parseTwcsDate(fields[at.created_at]);
  if (createdAt === null) return invalid('created_at', fields[at.created_at], 'is not a valid date and time');

  const responseTweetIds = parseIdList(fields[at.response_tweet_id]);
  if (responseTweetIds === null) {
    return invalid(
      'response_tweet_id',
      fields[at.response_tweet_id],
      'is not a comma-separated list of integer ids',
    );
  }

  const inReplyTo = fields[at.in_response_to_tweet_id];
  const inResponseToTweetId = isBlank(inReplyTo) ? null : normalizeTwcsId(inReplyTo);
  if (inResponseToTweetId === null && !isBlank(inReplyTo)) {
    return invalid('in_response_to_tweet_id', inReplyTo, 'is not an integer id');
  }

  return {
    tweetId,
    authorId,
    inbound,
    createdAt,
    text: fields[at.text],
    responseTweetIds,
    inResponseToTweetId,
  };
}

function parseInbound(value: string): boolean | null {
  switch (value) {
    case 'True':
    case 'true':
    case '1':
      return true;
    case 'False':
    case 'false':
    case '0':
      return false;
  }
  // The uncommon spellings (TRUE, " false") take the slower path.
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true' || normalized === '1') return true;
  if (normalized === 'false' || normalized === '0') return false;
  return null;
}

/** `119249,119251` → ids; empty → []. Empty items (a trailing comma) are skipped, not rejected. */
function parseIdList(value: string): string[] | null {
  if (value.length === 0) return [];
  const ids: string[] = [];
  for (const item of value.split(',')) {
    if (isBlank(item)) continue;
    const id = normalizeTwcsId(item);
    if (id === null) return null;
    ids.push(id);
  }
  return ids;
}

function isBlank(value: string): boolean {
  return value.length === 0 || value.trim().length === 0;
}

function invalid(field: TwcsColumn, value: string, problem: string): TwcsRowFault {
  const shown = value.length > 80 ? `${value.slice(0, 80)}…` : value;
  return new TwcsRowFault(`${field} ${JSON.stringify(shown)} ${problem}`, field);
}
