import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSurveyError } from './errors';
import { wilsonInterval } from './wilsonInterval';

describe('wilsonInterval', () => {
  it.each([
    // share, n, lower, upper (hand-checked with the closed form; see the guide)
    [0.7, 10, 0.3968, 0.8922],
    [0.6, 10, 0.3127, 0.8318],
    [0.5, 100, 0.4038, 0.5962],
    [0, 10, 0, 0.2775],
    [1, 10, 0.7225, 1],
    [0.5, 3.6, 0.1408, 0.8592],
  ])('p = %d, n = %d → [%d, %d]', (p, n, lower, upper) => {
    const ci = wilsonInterval(p, n);
    expect(ci.lower).toBeCloseTo(lower, 4);
    expect(ci.upper).toBeCloseTo(upper, 4);
  });

  it('accepts another z (90 %)', () => {
    const ci = wilsonInterval(0.7, 10, 1.6448536269514722);
    expect(ci.lower).toBeCloseTo(0.4417, 4);
    expect(ci.upper).toBeCloseTo(0.8731, 4);
  });

  it.each([
    [-0.1, 10],
    [1.1, 10],
    [Number.NaN, 10],
    [0.5, 0],
    [0.5, -3],
    [0.5, Number.POSITIVE_INFINITY],
  ])('rejects share %d with n %d', (p, n) => {
    let caught: unknown;
    try {
      wilsonInterval(p, n);
    } catch (e) {
      caught = e;
    }
    expect(isSurveyError(caught) && caught.code).toBe('INVALID_ARGUMENT');
  });

  it('contains the share, stays in [0, 1], narrows with n and is symmetric (properties)', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    const n = fc.double({ min: 1, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(share, n, (p, size) => {
        const ci = wilsonInterval(p, size);
        expect(ci.lower).toBeGreaterThanOrEqual(0);
        expect(ci.upper).toBeLessThanOrEqual(1);
        expect(ci.lower).toBeLessThanOrEqual(p + 1e-12);
        expect(ci.upper).toBeGreaterThanOrEqual(p - 1e-12);
        const wider = wilsonInterval(p, size / 2);
        expect(wider.upper - wider.lower).toBeGreaterThanOrEqual(ci.upper - ci.lower - 1e-12);
        const mirror = wilsonInterval(1 - p, size);
        expect(mirror.lower).toBeCloseTo(1 - ci.upper, 9);
      }),
    );
  });
});
