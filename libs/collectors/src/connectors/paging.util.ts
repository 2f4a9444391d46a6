import { ListingIncompleteError, UnreadablePageError } from '../collection/http/http-errors.js';
import type { StreamPage } from './connector.types.js';

export interface FetchedPage<C> {
  page: StreamPage;
  next: C | null;
  /** Oldest publication time in the page; null when the page had no dated item. */
  oldest: Date | null;
}

/**
 * Pages through a newest-first listing until it ends or passes the window's start. A cursor seen before (a
 * platform bug or a hostile payload) or the page cap ends the listing as incomplete, never as a hang.
 */
export async function* pageThrough<C>(options: {
  first: C;
  fetchPage: (cursor: C) => Promise<FetchedPage<C>>;
  since: Date | null;
  maxPages: number;
  cursorKey: (cursor: C) => string;
}): AsyncGenerator<StreamPage> {
  const seen = new Set<string>([options.cursorKey(options.first)]);
  let cursor = options.first;
  for (let n = 1; n <= options.maxPages; n += 1) {
    let fetched: FetchedPage<C>;
    try {
      fetched = await options.fetchPage(cursor);
    } catch (error) {
      // A parser that cannot find a page in a 2xx body: the listing stops here, what came before is kept.
      if (error instanceof TypeError) throw new UnreadablePageError(error.message);
      throw error;
    }
    yield fetched.page;
    if (fetched.next === null) return;
    if (options.since && fetched.oldest && fetched.oldest < options.since) return;
    const key = options.cursorKey(fetched.next);
    if (seen.has(key))
      throw new ListingIncompleteError(
        `the platform returned a cursor it had returned before (page ${n + 1})`,
      );
    seen.add(key);
    cursor = fetched.next;
  }
  throw new ListingIncompleteError(
    `stopped after ${options.maxPages} pages before reaching the start of the window`,
  );
}
