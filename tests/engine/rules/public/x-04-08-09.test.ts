import { x040809 } from "../../../../src/engine/rules/public/x-04-08-09";
import { FUND_ROWS_08, FUND_ROWS_09, changed } from "./funds";
import { sample, sampleRows } from "./sample";
import { addressOf, at, run, table, workbook } from "./tables";

const with04 = (gov: string, soe: string) =>
  table("04", sampleRows("04", [
    ["04", "out.total", "gov", gov],
    ["04", "out.total", "soe", soe],
  ]));

describe("x/04-08-09", () => {
  it("passes the sample: 08 and 09 are empty, so there is nothing to compare", () => {
    expect(run(x040809, sample())).toEqual([]);
  });

  it("passes when 04's fund columns restate the 合计 of 08 and 09", () => {
    expect(run(x040809, workbook(with04("18.50", "12.40"), table("08", FUND_ROWS_08), table("09", FUND_ROWS_09)))).toEqual([]);
  });

  it("calls a difference with 08 or 09 an error on 04, naming the other table's cell", () => {
    const tables = workbook(with04("18.05", "12.40"), table("08", FUND_ROWS_08), table("09", changed(FUND_ROWS_09, "total", "total", "21.40")));
    const findings = run(x040809, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `error ${addressOf(tables, "04", "out.total", "gov")} 18.50/18.05`,
      `error ${addressOf(tables, "04", "out.total", "soe")} 21.40/12.40`,
    ]);
    expect(findings[0].related).toEqual([addressOf(tables, "08", "total", "total")]);
  });

  it("keeps a 0.01 difference a 尾差", () => {
    expect(run(x040809, workbook(with04("18.51", "12.40"), table("08", FUND_ROWS_08))).map((f) => f.severity)).toEqual(["rounding"]);
  });
});
