/** One page of a list, asked of the database: `limit` rows after skipping `offset`. */
export interface PageRequest {
  limit: number;
  offset: number;
}

/** The rows of one page and how many the whole list has. */
export interface PageOf<T> {
  rows: T[];
  total: number;
}
