import { t01ExpenseTotal } from "../../../../src/engine/rules/public/t01-expense-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t01/expense-total", () => {
  it("finds the sample's 尾差: categories 2259.72 vs 本年支出合计 2259.73", () => {
    const tables = sample();
    const findings = run(t01ExpenseTotal, tables);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "rounding", expected: "2259.72", actual: "2259.73" });
    expect(at(findings[0])).toBe(addressOf(tables, "01", "out.total", "amount"));
    expect(findings[0].detail).toBe("1837.28 + 247.92 + 66.98 + 107.54 = 2259.72");
    expect(findings[0].messageId).toBe("rounding");
  });

  it("calls a changed category an error naming it", () => {
    const tables = sample([["01", "out.201", "amount", "1,873.28"]]);
    const [finding] = run(t01ExpenseTotal, tables);
    expect(finding).toMatchObject({ messageId: "mismatch", severity: "error", expected: "2295.72", actual: "2259.73" });
    expect(names(finding, addressOf(tables, "01", "out.201", "amount"))).toBe(true);
  });

  it("calls a changed total an error on the total", () => {
    const tables = sample([["01", "out.total", "amount", "2,259.76"]]);
    const [finding] = run(t01ExpenseTotal, tables);
    expect(finding.severity).toBe("error");
    expect(at(finding)).toBe(addressOf(tables, "01", "out.total", "amount"));
  });

  it("offers to fill a blank 本年支出合计 with the sum of the categories", () => {
    const [finding] = run(t01ExpenseTotal, sample([["01", "out.total", "amount", ""]]));
    expect(finding).toMatchObject({ messageId: "fillable", severity: "info", expected: "2259.72" });
    expect(finding.fix?.kind === "number" && finding.fix.value.toFixed(2)).toBe("2259.72");
  });
});
