// Quantiles of the gamma and chi-square distributions, for the exact Poisson (Garwood) interval.
import { logGamma, regularizedGammaP } from './special-functions.util.js';

const EPSILON = 1e-14;

/**
 * The p-quantile of the gamma(shape a, scale 1) distribution: the x with P(a, x) = p (R: qgamma(p, a)).
 * Halley iterations from the starting values of Numerical Recipes (3rd ed., §6.2.1, invgammp), followed
 * by bisection if they ever fail to settle, so the answer is always bracketed.
 */
export function gammaQuantile(p: number, a: number): number {
  if (!(a > 0)) throw new RangeError(`gamma shape must be > 0, got ${a}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;

  const a1 = a - 1;
  const gln = logGamma(a);
  const lna1 = a > 1 ? Math.log(a1) : 0;
  const afac = a > 1 ? Math.exp(a1 * (lna1 - 1) - gln) : 0;
  let x: number;
  if (a > 1) {
    // Wilson–Hilferty with a rational approximation of the normal quantile.
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) z = -z;
    x = Math.max(1e-3, a * Math.pow(1 - 1 / (9 * a) - z / (3 * Math.sqrt(a)), 3));
  } else {
    const t = 1 - a * (0.253 + a * 0.12);
    x = p < t ? Math.pow(p / t, 1 / a) : 1 - Math.log(1 - (p - t) / (1 - t));
  }
  for (let j = 0; j < 100; j += 1) {
    if (x <= 0) return 0;
    const error = regularizedGammaP(a, x) - p;
    const density =
      a > 1 ? afac * Math.exp(-(x - a1) + a1 * (Math.log(x) - lna1)) : Math.exp(-x + a1 * Math.log(x) - gln);
    if (density === 0 || !Number.isFinite(density)) break;
    const u = error / density;
    const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - 1)));
    x -= step;
    if (x <= 0) x = 0.5 * (x + step);
    if (Math.abs(step) < EPSILON * x) return x;
  }
  return bisectGammaQuantile(p, a);
}

function bisectGammaQuantile(p: number, a: number): number {
  let low = 0;
  let high = Math.max(1, a);
  while (regularizedGammaP(a, high) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > EPSILON * high; i += 1) {
    const middle = (low + high) / 2;
    if (regularizedGammaP(a, middle) < p) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** The p-quantile of the chi-square distribution with df degrees of freedom (R: qchisq(p, df)). */
export function chiSquareQuantile(p: number, df: number): number {
  return 2 * gammaQuantile(p, df / 2);
}
