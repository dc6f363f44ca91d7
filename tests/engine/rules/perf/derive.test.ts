import { amountOf } from "../../../../src/engine/amount";
import { FigureCell } from "../../../../src/engine/tables";
import { PerfIndicator, PerfOperator } from "../../../../src/engine/perf/types";
import { asCompletion, asRatio, deriveCompletion, indicatorPercent } from "../../../../src/engine/rules/perf/derive";

function figure(value: string, decimals: number, percent = false): FigureCell {
  return { sheet: "s", row: 1, col: 1, address: "A1", state: "amount", amount: amountOf(value, decimals, percent), formula: false, numFmt: "General" };
}

function indicator(operator: PerfOperator | null, target: FigureCell, actual: FigureCell): PerfIndicator {
  return { row: 1, level1: "", level2: "", name: "x", operator, target, actual, targetText: "", actualText: "", unit: "%" };
}

const completionOf = (operator: PerfOperator, target: string, actual: string) =>
  deriveCompletion(indicator(operator, figure(target, 0), figure(actual, actual.split(".")[1]?.length ?? 0)))!;

describe("deriveCompletion (domain.md §5)", () => {
  it("forward (=, >=): 完成值 ÷ 指标值, at most 1", () => {
    expect(completionOf("=", "100", "89.81").point.toString()).toBe("0.8981");
    expect(completionOf(">=", "99", "100").point.toString()).toBe("1");
    expect(completionOf(">=", "99", "100").why).toBe("完成值 100 ≥ 指标值 99，正向指标最高为 1");
  });

  it("reverse (<=): 1 when met, else 指标值 ÷ 完成值", () => {
    const adjustment = completionOf("<=", "5", "15.88");
    expect(adjustment.point.toDecimalPlaces(4).toString()).toBe("0.3149");
    expect(adjustment.formula).toBe("5 ÷ 15.88");
    expect(adjustment.why).toBe("反向指标");
    expect(completionOf("<=", "100", "100").point.toString()).toBe("1");
  });

  it("a zero target: reverse exceeded is 0, = 0 met is 1, >= 0 is always met", () => {
    expect(completionOf("<=", "0", "2.42").point.toString()).toBe("0");
    expect(completionOf("<=", "0", "0").point.toString()).toBe("1");
    expect(completionOf("=", "0", "0").point.toString()).toBe("1");
    expect(completionOf("=", "0", "1").point.toString()).toBe("0");
    expect(completionOf(">=", "0", "3").point.toString()).toBe("1");
  });

  it("takes the rounding of 完成值 into the range, not of 指标值 (a target is set exactly)", () => {
    const range = completionOf("<=", "5", "15.88").range;
    expect(range.lo.toDecimalPlaces(6).toString()).toBe("0.314762"); // 5 ÷ 15.885
    expect(range.hi.toDecimalPlaces(6).toString()).toBe("0.314961"); // 5 ÷ 15.875
  });

  it("has nothing to derive for a qualitative indicator", () => {
    expect(deriveCompletion(indicator(null, figure("1", 0), figure("1", 0)))).toBeUndefined();
  });

  it("reads percentages typed either way in the same units", () => {
    const typed = deriveCompletion(indicator("<=", figure("0.05", 2, true), figure("0.1588", 4, true)))!;
    expect(typed.formula).toBe("5 ÷ 15.88");
  });
});

describe("reading rates and completions", () => {
  it("reads a rate typed as percent points, a ratio or a percentage", () => {
    expect(asRatio(amountOf("92.81", 2)).value.toString()).toBe("0.9281");
    expect(asRatio(amountOf("0.9281", 4)).value.toString()).toBe("0.9281");
    expect(asRatio(amountOf("0.9281", 4, true))).toMatchObject({ decimals: 4, percent: true });
  });

  it("reads a completion of 1 or 0 as exact as 100.00%", () => {
    expect(asCompletion(amountOf("1", 0)).decimals).toBe(2);
    expect(asCompletion(amountOf("0.9", 1)).decimals).toBe(1);
  });

  it("reads an indicator's 完成值 as a percentage", () => {
    expect(indicatorPercent(amountOf("89.81", 2), "%")).toMatchObject({ decimals: 4, percent: true });
    expect(indicatorPercent(amountOf("89.81", 2), "%").value.toString()).toBe("0.8981");
    expect(indicatorPercent(amountOf("0.8981", 4), "").value.toString()).toBe("0.8981");
  });
});
