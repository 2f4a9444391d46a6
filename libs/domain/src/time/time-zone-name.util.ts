// Every input that takes a time zone (account and workspace settings, imports, the command line) checks it the
// same way and refuses a wrong one in the same words, so the API and the CLI can be told apart only by where
// the field sits.
import { zoneOffsetMs } from './zoned-date.util.js';

/** Whether `zone` is an IANA time zone this runtime knows (Europe/Vienna, America/Detroit, UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    zoneOffsetMs(new Date(0), zone);
    return true;
  } catch {
    return false;
  }
}

/** What is wrong with a zone that `isTimeZone` refused. */
export function notATimeZone(zone: string): string {
  return `"${zone}" is not an IANA time zone (e.g. Europe/Vienna)`;
}
