// Numbers with their intervals as the command line prints them: durations in a unit chosen by size, shares in
// percent, differences of shares in percentage points, "insufficient data (n of 20)" where there is no number.
import type { Estimated } from '#domain';

export type ValueUnit = 'seconds' | 'proportion' | 'rate' | 'money';

const MINUTE = 60;
const HOUR = 3600;

/** The unit a duration is shown in: seconds below two minutes, minutes below two hours, else hours. */
function durationScale(seconds: number): { divisor: number; suffix: string; digits: number } {
  const size = Math.abs(seconds);
  if (size < 2 * MINUTE) return { divisor: 1, suffix: 's', digits: 0 };
  if (size < 2 * HOUR) return { divisor: MINUTE, suffix: 'min', digits: 1 };
  return { divisor: HOUR, suffix: 'h', digits: 1 };
}

const signed = (text: string, value: number, sign: boolean) => (sign && value >= 0 ? `+${text}` : text);

/** One value in the unit; `difference` shows a sign and percentage points for shares. */
export function formatValue(value: number | null, unit: ValueUnit, difference = false): string {
  if (value === null || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'seconds': {
      const scale = durationScale(value);
      return signed(`${(value / scale.divisor).toFixed(scale.digits)} ${scale.suffix}`, value, difference);
    }
    case 'proportion':
      return signed(`${(value * 100).toFixed(1)} ${difference ? 'pp' : '%'}`, value, difference);
    case 'rate':
      return signed(value.toFixed(2), value, difference);
    case 'money':
      return signed(Math.round(value).toLocaleString('en-US'), value, difference);
  }
}

/** A number and its interval in one unit, e.g. `−9.6 h [−12.1, −8.6]`; or "insufficient data (3 of 20)". */
export function formatEstimate(estimate: Estimated, unit: ValueUnit, difference = false): string {
  if (estimate.status !== 'estimate') {
    return `insufficient data (${estimate.observations} of ${estimate.required})`;
  }
  const { value, interval } = estimate;
  const number = (v: number) => {
    if (unit === 'seconds') return (v / durationScale(value).divisor).toFixed(durationScale(value).digits);
    if (unit === 'proportion') return (v * 100).toFixed(1);
    return v.toFixed(2);
  };
  return `${formatValue(value, unit, difference)} [${number(interval.lower)}, ${number(interval.upper)}]`;
}

export function formatShare(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)} %`;
}

export function formatScore(score: number | null): string {
  return score === null ? '–' : `${score >= 0 ? '+' : ''}${score.toFixed(2)}`;
}
