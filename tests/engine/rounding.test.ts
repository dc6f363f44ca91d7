import { amountOf } from "../../src/engine/amount";
import { Decimal } from "../../src/engine/decimal";
import { checkRatio, checkSum } from "../../src/engine/rounding";

const a = (v: string, d = 2) => amountOf(v, d);

describe("checkSum", () => {
  it("is exact when the shown total equals the sum of shown parts", () => {
    expect(checkSum(a("1837.28"), [{ amount: a("1116.80") }, { amount: a("587.63") }, { amount: a("132.85") }]).agreement).toBe("exact");
  });

  it("calls a 0.01 tail over several parts rounding (01 categories 2259.72 vs 2259.73)", () => {
    const parts = ["1837.28", "247.92", "66.98", "107.54"].map((v) => ({ amount: a(v) }));
    const result = checkSum(a("2259.73"), parts);
    expect(result.agreement).toBe("rounding");
    expect(result.computed.toFixed(2)).toBe("2259.72");
  });

  it("calls a 0.03 gap over two parts an error", () => {
    expect(checkSum(a("100.03"), [{ amount: a("50.00") }, { amount: a("50.00") }]).agreement).toBe("error");
  });

  it("does not count blank or zero parts in the tolerance", () => {
    expect(checkSum(a("10.02"), [{ amount: a("10.00") }, { amount: null }, { amount: a("0.00") }]).agreement).toBe("error");
    expect(checkSum(a("10.01"), [{ amount: a("10.00") }, { amount: null }]).agreement).toBe("rounding");
  });

  it("handles signs (年末 = 年初 + 收入 − 支出)", () => {
    expect(checkSum(a("5.00"), [{ amount: a("3.00") }, { amount: a("4.00") }, { amount: a("2.00"), sign: -1 }]).agreement).toBe("exact");
  });

  it("compares a blank total as exactly zero", () => {
    expect(checkSum(null, [{ amount: a("1.00") }]).agreement).toBe("error");
    expect(checkSum(null, [{ amount: null }]).agreement).toBe("exact");
  });
});

describe("checkRatio", () => {
  it("is exact for 138.47 / 146.40 shown as 94.58%", () => {
    expect(checkRatio(amountOf("0.9458", 4, true), a("138.47"), a("146.4", 1))?.agreement).toBe("exact");
  });

  it("is rounding for 94.59% (the inputs' intervals reach it)", () => {
    expect(checkRatio(amountOf("0.9459", 4, true), a("138.47"), a("146.40"))?.agreement).toBe("rounding");
  });

  it("is rounding for a coarser percentage (98.00% for 162.71 / 165.54 = 98.29%)", () => {
    const result = checkRatio(amountOf("0.98", 4, true), a("162.71"), a("165.54"));
    expect(result?.agreement).toBe("rounding");
    expect(result?.coarser).toBe(true);
  });

  it("is an error when the intervals do not meet", () => {
    expect(checkRatio(amountOf("0.9700", 4, true), a("138.47"), a("146.40"))?.agreement).toBe("error");
    // 95.00% is 94.58% rounded to whole percent: the coarser case, rounding
    expect(checkRatio(amountOf("0.9500", 4, true), a("138.47"), a("146.40"))?.coarser).toBe(true);
    // but never coarser than whole percent: 100.00% for 60% is an error
    expect(checkRatio(amountOf("1", 4, true), a("60.00"), a("100.00"))?.agreement).toBe("error");
  });

  it("cannot judge a ratio on a zero base", () => {
    expect(checkRatio(amountOf("0", 4, true), a("0.00"), null)).toBeNull();
    expect(new Decimal(1).toString()).toBe("1");
  });
});
