import { p0809Empty } from "../../../../src/engine/rules/public/p-08-09-empty";
import { FUND_ROWS_08, FUND_ROWS_09 } from "./funds";
import { sample, sampleRows } from "./sample";
import { addressOf, at, run, table, workbook } from "./tables";

describe("p/08-09-empty", () => {
  it("passes the sample: 08 and 09 empty, 01 rows 2 and 3 blank", () => {
    expect(run(p0809Empty, sample())).toEqual([]);
  });

  it("warns when 01 shows 政府性基金 income but 08 is empty", () => {
    const tables = sample([["01", "in.gov", "amount", "20.00"]]);
    const findings = run(p0809Empty, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.actual}`)).toEqual([`warning ${addressOf(tables, "01", "in.gov", "amount")} 20.00`]);
    expect(findings[0].messageId).toBe("tableEmpty");
    // The wording names the income row, its figure and the empty table.
    expect(findings[0].message).toBe("政府性基金预算财政拨款收入为 20.00，但政府性基金预算财政拨款收入支出决算表（公开08表）为空");
  });

  it("warns when 09 has figures but 01 shows no 国有资本经营 income", () => {
    const tables = workbook(table("01", sampleRows("01")), table("09", FUND_ROWS_09));
    const findings = run(p0809Empty, tables);
    expect(findings.map((f) => `${f.messageId} ${f.severity} ${at(f)}`)).toEqual([`incomeMissing warning ${addressOf(tables, "01", "in.soe", "amount")}`]);
    expect(findings[0].message).toBe("国有资本经营预算财政拨款支出决算表（公开09表）有数，但收入支出决算总表（公开01表）的国有资本经营预算财政拨款收入为空");
    expect(findings[0].related).toEqual([addressOf(tables, "09", "total", "total")]);
  });

  it("passes when both sides have figures", () => {
    const tables = workbook(table("01", sampleRows("01", [["01", "in.gov", "amount", "20.00"]])), table("08", FUND_ROWS_08));
    expect(run(p0809Empty, tables)).toEqual([]);
  });

  it("skips a table that was not found (table/missing says so)", () => {
    expect(run(p0809Empty, sample([["01", "in.gov", "amount", "20.00"]], ["01", "09"]))).toEqual([]);
  });
});
