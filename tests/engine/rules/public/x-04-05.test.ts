import { x0405 } from "../../../../src/engine/rules/public/x-04-05";
import { sample } from "./sample";
import { addressOf, at, names, run } from "./tables";

describe("x/04-05", () => {
  it("finds the sample's 尾差: 04 卫生健康支出 66.98 vs 05 210 66.99", () => {
    const tables = sample();
    const findings = run(x0405, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `rounding ${addressOf(tables, "04", "out.210", "gpb")} 66.99/66.98`,
    ]);
  });

  it("calls a changed 05 类 an error on the 04 category, naming it", () => {
    const tables = sample([["05", "221", "total", "170.54"]]);
    const errors = run(x0405, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "04", "out.221", "gpb")} 170.54/107.54`]);
    expect(names(errors[0], addressOf(tables, "05", "221", "total"))).toBe(true);
  });

  it("calls a changed 04 本年支出合计 an error against 05 合计", () => {
    const tables = sample([["04", "out.total", "gpb", "2,259.37"]]);
    const errors = run(x0405, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "04", "out.total", "gpb")} 2259.73/2259.37`]);
  });
});
