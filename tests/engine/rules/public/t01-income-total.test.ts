import { t01IncomeTotal } from "../../../../src/engine/rules/public/t01-income-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t01/income-total", () => {
  it("passes the sample: 本年收入合计 2259.73 = 一般公共预算财政拨款收入 2259.73", () => {
    expect(run(t01IncomeTotal, sample())).toEqual([]);
  });

  it("calls two swapped digits in the total an error on the total", () => {
    const tables = sample([["01", "in.total", "amount", "2,295.73"]]);
    const [finding] = run(t01IncomeTotal, tables);
    expect(finding).toMatchObject({ messageId: "mismatch", severity: "error", expected: "2259.73", actual: "2295.73", table: "01" });
    expect(at(finding)).toBe(addressOf(tables, "01", "in.total", "amount"));
    // The wording names the identity and both figures.
    expect(finding.message).toContain("本年收入合计应等于各项收入之和：应为 2259.73，实为 2295.73");
  });

  it("names the changed income row among the cells the total was computed from", () => {
    const tables = sample([["01", "in.gpb", "amount", "2,259.70"]]);
    const findings = run(t01IncomeTotal, tables);
    expect(findings).toHaveLength(1);
    expect(findings[0].severity).toBe("error");
    expect(names(findings[0], addressOf(tables, "01", "in.gpb", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail over the parts a 尾差, and a 0.03 gap over two parts an error", () => {
    const tail = run(t01IncomeTotal, sample([["01", "in.gpb", "amount", "2,259.72"]]));
    expect(tail.map((f) => f.severity)).toEqual(["rounding"]);
    const gap = run(
      t01IncomeTotal,
      sample([
        ["01", "in.gpb", "amount", "2,000.00"],
        ["01", "in.other", "amount", "259.70"],
      ])
    );
    expect(gap.map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 本年收入合计", () => {
    const tables = sample([["01", "in.total", "amount", ""]]);
    const [finding] = run(t01IncomeTotal, tables);
    expect(finding).toMatchObject({ messageId: "fillable", severity: "info", expected: "2259.73", actual: null });
    expect(finding.fix).toMatchObject({ kind: "number", shown: "2259.73", cell: finding.cell, sheet: finding.sheet });
  });

  it("skips a workbook without table 01", () => {
    expect(run(t01IncomeTotal, sample([], ["02", "03"]))).toEqual([]);
  });
});
