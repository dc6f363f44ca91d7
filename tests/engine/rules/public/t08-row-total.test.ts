import { t08RowTotal } from "../../../../src/engine/rules/public/t08-row-total";
import { FUND_ROWS_08, changed } from "./funds";
import { sample } from "./sample";
import { addressOf, at, names, run, table, workbook } from "./tables";

describe("t08/row-total", () => {
  it("passes the sample (08 empty) and a table whose 本年支出小计 equal 基本 + 项目", () => {
    expect(run(t08RowTotal, sample())).toEqual([]);
    expect(run(t08RowTotal, workbook(table("08", FUND_ROWS_08)))).toEqual([]);
  });

  it("calls swapped digits in a 项目支出 an error on its 小计, naming it", () => {
    const tables = workbook(table("08", changed(FUND_ROWS_08, "2296003", "project", "2.75")));
    const [finding, ...rest] = run(t08RowTotal, tables);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: "error", expected: "2.75", actual: "7.25", table: "08" });
    expect(at(finding)).toBe(addressOf(tables, "08", "2296003", "total"));
    expect(names(finding, addressOf(tables, "08", "2296003", "project"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    // Blank 基本支出 of 22960, 229 and 合计 will hold the 0.01 too: each row is a 尾差, none an error.
    const tail = workbook(table("08", changed(FUND_ROWS_08, "2296003", "basic", "0.01")));
    expect(run(t08RowTotal, tail).map((f) => f.severity)).toEqual(["rounding", "rounding", "rounding", "rounding"]);
    const gap = workbook(table("08", changed(changed(FUND_ROWS_08, "2296003", "basic", "1.00"), "2296003", "project", "6.28")));
    const row = run(t08RowTotal, gap).filter((f) => at(f) === addressOf(gap, "08", "2296003", "total"));
    expect(row.map((f) => `${f.severity} ${f.expected}/${f.actual}`)).toEqual(["error 7.28/7.25"]);
  });

  it("offers to fill a blank 本年支出小计", () => {
    const tables = workbook(table("08", changed(FUND_ROWS_08, "2296002", "total", "")));
    const [finding] = run(t08RowTotal, tables);
    expect(finding).toMatchObject({ severity: "info", expected: "11.25" });
  });
});
