import type { HolidayCalendar, HolidayType } from '#domain';
import { CliError } from '../cli-context.js';

export const HOLIDAYS_HELP =
  'public holidays of COUNTRY[:STATE[:REGION]] from the date-holidays calendar (AT:9 is Vienna, DE:BY Bavaria), ' +
  'optionally +TYPE,… for more closing types (AT:9+bank), or "none"';

const TYPES: readonly HolidayType[] = ['public', 'bank', 'optional', 'school', 'observance'];

/** `AT:9`, `DE:BY:A`, `DE:BE+bank`, or `none` (null: the calendar is removed). */
export function holidayCalendarOption(value: string): HolidayCalendar | null {
  if (value === 'none') return null;
  const [place, extra] = value.split('+');
  const [country, state, region, ...rest] = place.split(':');
  if (!/^[A-Z]{2}$/.test(country ?? '') || rest.length > 0)
    throw new CliError(
      `--holidays: COUNTRY[:STATE[:REGION]] with a two-letter country such as AT:9, got "${value}"`,
    );
  const types = extra === undefined ? [] : extra.split(',').map((t) => t.trim());
  const unknown = types.find((t) => !(TYPES as readonly string[]).includes(t));
  if (unknown)
    throw new CliError(`--holidays: unknown holiday type "${unknown}" (have: ${TYPES.join(', ')})`);
  return {
    country,
    ...(state ? { state } : {}),
    ...(region ? { region } : {}),
    ...(types.length > 0
      ? { types: ['public', ...types.filter((t) => t !== 'public')] as HolidayType[] }
      : {}),
  };
}
