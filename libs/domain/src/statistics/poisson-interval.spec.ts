import { chiSquareQuantile, gammaQuantile } from './gamma-quantile.util.js';
import { estimatePoissonRate, garwoodInterval } from './poisson-interval.util.js';
import { regularizedGammaP, regularizedGammaQ } from './special-functions.util.js';

// Reference values from R 4.x: qchisq(p, df), pgamma(x, a), and the exact Poisson limits that
// poisson.test(x)$conf.int prints (Garwood 1936; tabulated e.g. in Ulm 1990, Am J Epidemiol 131:373).
describe('chi-square and gamma quantiles (R qchisq / qgamma)', () => {
  test.each([
    [0.975, 2, 7.377758908227871],
    [0.025, 2, 0.05063561596857975],
    [0.975, 4, 11.143286781877796],
    [0.025, 20, 9.590777392264867],
    [0.975, 22, 36.78071208403556],
    [0.5, 1, 0.454936423119572],
    [0.01, 0.5, 1.349939585911692e-8],
    [0.999, 200, 267.5405278227572],
  ])('qchisq(%f, %f) = %f', (p, df, expected) => {
    expect(chiSquareQuantile(p, df) / expected).toBeCloseTo(1, 10);
  });

  test('the quantile inverts the distribution function over a wide range of shapes', () => {
    for (const a of [0.1, 0.5, 1, 3.7, 25, 400, 20_000]) {
      for (const p of [1e-6, 0.025, 0.5, 0.975, 1 - 1e-6]) {
        expect(regularizedGammaP(a, gammaQuantile(p, a))).toBeCloseTo(p, 10);
      }
    }
  });

  test('P and Q add up to one, and Q keeps far tails', () => {
    expect(regularizedGammaP(3, 2) + regularizedGammaQ(3, 2)).toBeCloseTo(1, 14);
    // pgamma(2, 3) = 1 − e^{−2}(1 + 2 + 2) = 0.3233235838169366
    expect(regularizedGammaP(3, 2)).toBeCloseTo(0.3233235838169366, 14);
    // pgamma(60, 3, lower.tail = FALSE) = e^{−60}(1 + 60 + 1800) ≈ 1.6296e-23
    expect(regularizedGammaQ(3, 60) / (Math.exp(-60) * 1861)).toBeCloseTo(1, 10);
  });
});

describe('Garwood exact Poisson interval', () => {
  test.each([
    [0, 0, 3.6888794541139354],
    [1, 0.025317807984289876, 5.571643390938898],
    [10, 4.7953886961324335, 18.39035604201778],
  ])('%i events: %f to %f', (events, lower, upper) => {
    const interval = garwoodInterval(events);
    expect(interval.lower).toBeCloseTo(lower, 10);
    expect(interval.upper).toBeCloseTo(upper, 10);
    expect(interval.method).toBe('garwood');
  });

  test('3 incidents in 2,400 outbound items: 1.25 per 1,000 (0.258 to 3.653)', () => {
    // Garwood for 3 events: 0.6186721 to 8.7672731; divided by 2,400 and multiplied by 1,000.
    const estimate = estimatePoissonRate(3, 2400, { per: 1000 });
    expect(estimate.status).toBe('estimate');
    if (estimate.status !== 'estimate') return;
    expect(estimate.value).toBeCloseTo(1.25, 12);
    expect(estimate.interval.lower).toBeCloseTo(0.6186721 / 2.4, 6);
    expect(estimate.interval.upper).toBeCloseTo(8.7672731 / 2.4, 6);
  });

  test('no incident in 12 posts proves nothing: insufficient data', () => {
    expect(estimatePoissonRate(0, 12, { per: 1000 })).toEqual({
      status: 'insufficient',
      observations: 12,
      required: 20,
    });
  });
});
