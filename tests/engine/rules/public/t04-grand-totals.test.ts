import { t04GrandTotals } from "../../../../src/engine/rules/public/t04-grand-totals";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("t04/grand-totals", () => {
  it("passes the sample: 总计 2259.73 on both sides and in each column", () => {
    expect(run(t04GrandTotals, sample())).toEqual([]);
  });

  it("calls a changed 支出总计 an error against its parts and against 收入总计", () => {
    const tables = sample([["04", "out.grand", "total", "2,295.73"]]);
    const findings = run(t04GrandTotals, tables);
    const changed = addressOf(tables, "04", "out.grand", "total");
    expect(findings.map((f) => `${f.messageId} ${f.severity} ${at(f)}`)).toEqual([`mismatch error ${changed}`, `mismatch error ${changed}`]);
    // Both are mismatches on the same cell: the wording tells the balance from the sum.
    expect(findings[1].message).toContain("支出总计应等于收入总计");
  });

  it("counts 年初 and 年末财政拨款结转和结余", () => {
    const tables = sample([["04", "in.carryIn", "amount", "5.00"]]);
    const findings = run(t04GrandTotals, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `error ${addressOf(tables, "04", "in.grand", "amount")} 2264.73/2259.73`,
    ]);
    expect(names(findings[0], addressOf(tables, "04", "in.carryIn", "amount"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    // The blank 合计 of 年末 will hold the 0.01 too: both columns of 支出总计 are off by a 尾差.
    const tail = sample([["04", "out.carryOut", "gpb", "0.01"]]);
    expect(run(t04GrandTotals, tail).map((f) => `${f.severity} ${at(f)}`)).toEqual([
      `rounding ${addressOf(tail, "04", "out.grand", "total")}`,
      `rounding ${addressOf(tail, "04", "out.grand", "gpb")}`,
    ]);
    const gap = sample([
      ["04", "out.total", "soe", "1.00"],
      ["04", "out.carryOut", "soe", "1.00"],
      ["04", "out.grand", "soe", "2.03"],
    ]);
    const soe = run(t04GrandTotals, gap).filter((f) => at(f) === addressOf(gap, "04", "out.grand", "soe"));
    expect(soe.map((f) => `${f.severity} ${f.expected}/${f.actual}`)).toEqual(["error 2.00/2.03"]);
  });

  it("offers to fill a blank 收入总计 once", () => {
    const tables = sample([["04", "in.grand", "amount", ""]]);
    const findings = run(t04GrandTotals, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}`)).toEqual([
      `info ${addressOf(tables, "04", "in.grand", "amount")} 2259.73`,
    ]);
  });
});
