// Lengths of time in milliseconds. Not re-exported from the domain barrel: plain names like DAY_MS would
// clash with the local constants other libraries keep.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
