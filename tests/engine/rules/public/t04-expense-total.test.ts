import { t04ExpenseTotal } from "../../../../src/engine/rules/public/t04-expense-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t04/expense-total", () => {
  it("finds the sample's 尾差 in the 合计 and 一般公共预算 columns: 2259.72 vs 2259.73", () => {
    const tables = sample();
    const findings = run(t04ExpenseTotal, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `rounding ${addressOf(tables, "04", "out.total", "total")} 2259.72/2259.73`,
      `rounding ${addressOf(tables, "04", "out.total", "gpb")} 2259.72/2259.73`,
    ]);
  });

  it("calls a changed category an error in its column, naming it", () => {
    const tables = sample([["04", "out.221", "gpb", "170.54"]]);
    const errors = run(t04ExpenseTotal, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => at(f))).toEqual([addressOf(tables, "04", "out.total", "gpb")]);
    expect(errors[0]).toMatchObject({ expected: "2322.72", actual: "2259.73" });
    expect(names(errors[0], addressOf(tables, "04", "out.221", "gpb"))).toBe(true);
  });

  it("calls a 0.03 gap over two parts an error", () => {
    const tables = sample([
      ["04", "out.total", "gov", "10.03"],
      ["04", "out.201", "gov", "5.00"],
      ["04", "out.208", "gov", "5.00"],
    ]);
    const findings = run(t04ExpenseTotal, tables).filter((f) => at(f) === addressOf(tables, "04", "out.total", "gov"));
    expect(findings.map((f) => f.severity)).toEqual(["error"]);
  });

  it("offers to fill a blank fund column of 本年支出合计, and leaves the 合计 column to the row total", () => {
    const tables = sample([
      ["04", "out.total", "gpb", ""],
      ["04", "out.total", "total", ""],
    ]);
    const findings = run(t04ExpenseTotal, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}`)).toEqual([
      `info ${addressOf(tables, "04", "out.total", "gpb")} 2259.72`,
    ]);
  });
});
