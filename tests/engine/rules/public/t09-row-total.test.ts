import { t09RowTotal } from "../../../../src/engine/rules/public/t09-row-total";
import { FUND_ROWS_09, changed } from "./funds";
import { sample } from "./sample";
import { addressOf, at, names, run, table, workbook } from "./tables";

describe("t09/row-total", () => {
  it("passes the sample (09 empty) and a table whose 合计 equal 基本 + 项目", () => {
    expect(run(t09RowTotal, sample())).toEqual([]);
    expect(run(t09RowTotal, workbook(table("09", FUND_ROWS_09)))).toEqual([]);
  });

  it("calls a changed 项目支出 an error on 合计, naming it", () => {
    const tables = workbook(table("09", changed(FUND_ROWS_09, "2230105", "project", "21.40")));
    const [finding] = run(t09RowTotal, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "21.40", actual: "12.40", table: "09" });
    expect(at(finding)).toBe(addressOf(tables, "09", "2230105", "total"));
    expect(names(finding, addressOf(tables, "09", "2230105", "project"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap over two parts an error", () => {
    expect(run(t09RowTotal, workbook(table("09", changed(FUND_ROWS_09, "2230105", "total", "12.41")))).map((f) => f.severity)).toEqual([
      "rounding",
    ]);
    expect(run(t09RowTotal, workbook(table("09", changed(FUND_ROWS_09, "2230105", "total", "12.43")))).map((f) => f.severity)).toEqual([
      "error",
    ]);
  });

  it("offers to fill a blank 合计", () => {
    const [finding] = run(t09RowTotal, workbook(table("09", changed(FUND_ROWS_09, "223", "total", ""))));
    expect(finding).toMatchObject({ severity: "info", expected: "12.40" });
  });
});
