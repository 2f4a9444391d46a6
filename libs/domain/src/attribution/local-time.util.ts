// Wall-clock weekday and minute of an instant in a time zone, via Intl so daylight saving time follows the
// IANA database rather than fixed offsets.

export interface LocalWeekMinute {
  /** 0 = Sunday … 6 = Saturday, as ShiftWindow.day. */
  day: number;
  /** Minutes since local midnight. */
  minute: number;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

// Building a DateTimeFormat is far costlier than using one; one per time zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch (error) {
      throw new Error(`Unknown time zone ${JSON.stringify(timeZone)}`, { cause: error });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function localWeekMinute(instant: Date, timeZone: string): LocalWeekMinute {
  let day = -1;
  let hour = 0;
  let minute = 0;
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === 'weekday') day = WEEKDAYS[part.value] ?? -1;
    else if (part.type === 'hour')
      hour = Number(part.value) % 24; // some ICU builds print 24 for midnight
    else if (part.type === 'minute') minute = Number(part.value);
  }
  if (day < 0) throw new Error(`Cannot read the weekday of ${instant.toISOString()} in ${timeZone}`);
  return { day, minute: hour * 60 + minute };
}
