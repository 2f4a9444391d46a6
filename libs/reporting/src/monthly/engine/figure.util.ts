// One number as a report prints it: with its interval, as a plain value, "insufficient data (n of 20)", or
// nothing. The templates render all four through one partial, so every table shows uncertainty the same way.
import type { Estimated } from '#domain';

export type Figure =
  | { status: 'estimate'; value: number; lower: number; upper: number; observations: number }
  | { status: 'value'; value: number }
  | { status: 'insufficient'; observations: number; required: number }
  | { status: 'none' };

/** How a figure is formatted: a duration, a share (percent; differences in percentage points), a rate, money. */
export type FigureUnit = 'seconds' | 'proportion' | 'rate' | 'money' | 'count';

export const NO_FIGURE: Figure = { status: 'none' };

export function figureOf(estimate: Estimated | null | undefined): Figure {
  if (!estimate) return NO_FIGURE;
  if (estimate.status === 'insufficient')
    return { status: 'insufficient', observations: estimate.observations, required: estimate.required };
  return {
    status: 'estimate',
    value: estimate.value,
    lower: estimate.interval.lower,
    upper: estimate.interval.upper,
    observations: estimate.observations,
  };
}

export function valueFigure(value: number | null | undefined): Figure {
  return typeof value === 'number' && Number.isFinite(value) ? { status: 'value', value } : NO_FIGURE;
}

/** The number a figure shows, if it shows one. */
export function figureValue(figure: Figure): number | null {
  return figure.status === 'estimate' || figure.status === 'value' ? figure.value : null;
}
