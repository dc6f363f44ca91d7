// compareDecimals must answer exactly as decimal.js's cmp (it only skips cmp's copy of its argument).
import fc from "fast-check";
import { compareDecimals, Decimal, maxDecimal, minDecimal, sameDecimal } from "../../src/engine/decimal";

/** Decimals as checks meet them: figures of the sample, their half units, ratios, zeros of both signs, extremes. */
const SAMPLE = [
  "1672.10", "1672.09", "2259.73", "0.005", "0.00005", "74.00", "0.7400", "0.9281", "-0.93", "146.4", "138.47",
  "0", "-0", "1", "2", "100", "1e-30", "-1e-30", "123456789012345678901234567890.12",
];
const SPECIAL = [new Decimal(NaN), new Decimal(Infinity), new Decimal(-Infinity)];

const anyDecimal = fc.oneof(
  fc.constantFrom(...SAMPLE).map((text) => new Decimal(text)),
  fc.constantFrom(...SPECIAL),
  fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 })).map(([digits, scale]) =>
    new Decimal(digits.toString()).div(new Decimal(10).pow(scale))
  )
);

/** cmp's answer with NaN kept as NaN, for toBe/Object.is comparison. */
function expectSameAsCmp(a: Decimal, b: Decimal): void {
  const expected = a.cmp(b);
  const actual = compareDecimals(a, b);
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBe(expected);
  expect(sameDecimal(a, b)).toBe(a.eq(b));
}

describe("compareDecimals", () => {
  it("orders the sample's figures as cmp does", () => {
    expect(compareDecimals(new Decimal("1672.10"), new Decimal("1672.09"))).toBe(1);
    expect(compareDecimals(new Decimal("1672.09"), new Decimal("1672.10"))).toBe(-1);
    expect(compareDecimals(new Decimal("1672.10"), new Decimal("1672.1"))).toBe(0);
    expect(compareDecimals(new Decimal("-0.93"), new Decimal("-0.9"))).toBe(-1);
    expect(compareDecimals(new Decimal("0"), new Decimal("-0"))).toBe(0);
    expect(compareDecimals(new Decimal("0.005"), new Decimal("0"))).toBe(1);
    expect(compareDecimals(new Decimal("-0.005"), new Decimal("0"))).toBe(-1);
    expect(compareDecimals(new Decimal(NaN), new Decimal("1"))).toBeNaN();
    expect(sameDecimal(new Decimal("74.00"), new Decimal("74"))).toBe(true);
    expect(sameDecimal(new Decimal("74.00"), new Decimal("74.01"))).toBe(false);
  });

  it("agrees with decimal.js's cmp and eq on any two Decimals", () => {
    fc.assert(fc.property(anyDecimal, anyDecimal, (a, b) => expectSameAsCmp(a, b)), { numRuns: 2000 });
  });

  it("leaves maxDecimal and minDecimal choosing as Decimal.max and Decimal.min do", () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, anyDecimal, (a, b, c) => {
        const max = maxDecimal(a, b, c);
        const min = minDecimal(a, b, c);
        const expectedMax = Decimal.max(a, b, c);
        const expectedMin = Decimal.min(a, b, c);
        expect(max.isNaN() ? "NaN" : max.toString()).toBe(expectedMax.isNaN() ? "NaN" : expectedMax.toString());
        expect(min.isNaN() ? "NaN" : min.toString()).toBe(expectedMin.isNaN() ? "NaN" : expectedMin.toString());
      }),
      { numRuns: 1000 }
    );
  });
});
