import { normalCdf, normalQuantile, normalUpperTail } from './normal-distribution.util.js';

// R: qnorm(p) and pnorm(z).
describe('standard normal distribution', () => {
  test.each([
    [0.975, 1.959963984540054],
    [0.5, 0],
    [0.001, -3.090232306167813],
    [1e-10, -6.361340902404056],
    [0.95, 1.6448536269514722],
  ])('qnorm(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });

  test('pnorm(1.96) = 0.9750021048517795 and the far tail keeps its digits', () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 14);
    expect(normalUpperTail(0)).toBe(0.5);
    // pnorm(-10) = 7.61985302416047e-24
    expect(normalUpperTail(10) / 7.61985302416047e-24).toBeCloseTo(1, 10);
  });

  test('quantile and distribution function are inverses', () => {
    for (const p of [1e-8, 0.01, 0.3, 0.77, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
  });
});
