import { t04ExpenseRowTotal } from "../../../../src/engine/rules/public/t04-expense-row-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t04/expense-row-total", () => {
  it("passes the sample: every 合计 equals its 一般公共预算财政拨款", () => {
    expect(run(t04ExpenseRowTotal, sample())).toEqual([]);
  });

  it("calls swapped digits in a category's 合计 an error on it", () => {
    const tables = sample([["04", "out.201", "total", "1,873.28"]]);
    const [finding, ...rest] = run(t04ExpenseRowTotal, tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ messageId: "mismatch", severity: "error", expected: "1837.28", actual: "1873.28" });
    expect(at(finding)).toBe(addressOf(tables, "04", "out.201", "total"));
    // The wording names the row.
    expect(finding.message).toContain("“一般公共服务支出”合计应等于");
  });

  it("counts the 政府性基金 column, naming it", () => {
    const tables = sample([["04", "out.221", "gov", "3.00"]]);
    const findings = run(t04ExpenseRowTotal, tables);
    const row = findings.find((f) => at(f) === addressOf(tables, "04", "out.221", "total"))!;
    expect(row).toMatchObject({ severity: "error", expected: "110.54" });
    expect(names(row, addressOf(tables, "04", "out.221", "gov"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t04ExpenseRowTotal, sample([["04", "out.210", "total", "66.99"]])).map((f) => f.severity)).toEqual(["rounding"]);
    const gap = sample([
      ["04", "out.210", "gpb", "60.00"],
      ["04", "out.210", "gov", "7.01"],
    ]);
    const findings = run(t04ExpenseRowTotal, gap).filter((f) => at(f) === addressOf(gap, "04", "out.210", "total"));
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank 合计", () => {
    const tables = sample([["04", "out.208", "total", ""]]);
    const [finding] = run(t04ExpenseRowTotal, tables);
    expect(finding).toMatchObject({ severity: "info", expected: "247.92" });
    expect(at(finding)).toBe(addressOf(tables, "04", "out.208", "total"));
  });
});
