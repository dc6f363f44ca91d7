import { x0103 } from "../../../../src/engine/rules/public/x-01-03";
import { sample, sampleRows } from "./sample";
import { addressOf, at, names, run, table, workbook } from "./tables";

describe("x/01-03", () => {
  it("finds the sample's 尾差: 01 卫生健康支出 66.98 vs 03 210 66.99", () => {
    const tables = sample();
    const findings = run(x0103, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `rounding ${addressOf(tables, "01", "out.210", "amount")} 66.99/66.98`,
    ]);
    expect(findings[0].related).toEqual([addressOf(tables, "03", "210", "total")]);
    expect(findings[0].messageId).toBe("rounding");
    // The wording names the 01 category and the 03 row.
    expect(findings[0].message).toContain("卫生健康支出应等于支出决算表（公开03表）“210 卫生健康支出”的本年支出合计");
  });

  it("calls a changed 03 类 an error on the 01 category, naming it", () => {
    const tables = sample([["03", "201", "total", "1,873.28"]]);
    const errors = run(x0103, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "01", "out.201", "amount")} 1873.28/1837.28`]);
    expect(names(errors[0], addressOf(tables, "03", "201", "total"))).toBe(true);
  });

  it("calls a changed 03 合计 an error on 01 本年支出合计", () => {
    const tables = sample([["03", "total", "total", "2,259.37"]]);
    const errors = run(x0103, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => at(f))).toEqual([addressOf(tables, "01", "out.total", "amount")]);
  });

  it("calls a 01 category left blank an error against the 03 类 (compared as 0)", () => {
    const tables = sample([["01", "out.221", "amount", ""]]);
    const errors = run(x0103, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "01", "out.221", "amount")} 107.54/0.00`]);
  });

  it("calls a 03 类 that 01 has no row for an error on the 03 cell", () => {
    const rows01 = sampleRows("01").filter(([key]) => key !== "out.221");
    const tables = workbook(table("01", rows01), table("03", sampleRows("03")));
    const errors = run(x0103, tables).filter((f) => f.severity === "error");
    expect(errors.map((f) => `${at(f)} ${f.expected}/${f.actual}`)).toEqual([`${addressOf(tables, "03", "221", "total")} 0.00/107.54`]);
    expect(errors[0].messageId).toBe("mismatch");
    // A mismatch like any other: the wording says 01 has no row to restate it.
    expect(errors[0].message).toContain("“221 住房保障支出”在收入支出决算总表（公开01表）中没有对应的支出行");
  });

  it("keeps a 0.03 difference an error", () => {
    const tables = sample([["01", "out.210", "amount", "66.96"]]);
    expect(run(x0103, tables).map((f) => f.severity)).toEqual(["error"]);
  });
});
