import { t05RowTotal } from "../../../../src/engine/rules/public/t05-row-total";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t05/row-total", () => {
  it("finds the sample's 尾差: 合计 1672.09 + 587.63 = 2259.72 vs 2259.73", () => {
    const tables = sample();
    const findings = run(t05RowTotal, tables);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "rounding", expected: "2259.72", actual: "2259.73" });
    expect(at(findings[0])).toBe(addressOf(tables, "05", "total", "total"));
  });

  it("calls a changed 基本支出 an error naming it", () => {
    const tables = sample([["05", "2101101", "basic", "46.03"]]);
    const errors = run(t05RowTotal, tables).filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ expected: "46.03", actual: "40.63" });
    expect(names(errors[0], addressOf(tables, "05", "2101101", "basic"))).toBe(true);
  });

  it("offers to fill a blank 小计", () => {
    const tables = sample([["05", "22102", "total", ""]]);
    const fills = run(t05RowTotal, tables).filter((f) => f.messageId === "fillable");
    expect(fills.map((f) => `${at(f)} ${f.expected}`)).toEqual([`${addressOf(tables, "05", "22102", "total")} 107.54`]);
  });
});
