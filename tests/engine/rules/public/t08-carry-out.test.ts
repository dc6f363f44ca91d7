import { t08CarryOut } from "../../../../src/engine/rules/public/t08-carry-out";
import { FUND_ROWS_08, changed } from "./funds";
import { sample } from "./sample";
import { addressOf, at, names, run, table, workbook } from "./tables";

describe("t08/carry-out", () => {
  it("passes the sample (08 empty) and a table whose 年末 = 年初 + 收入 − 支出", () => {
    expect(run(t08CarryOut, sample())).toEqual([]);
    expect(run(t08CarryOut, workbook(table("08", FUND_ROWS_08)))).toEqual([]);
  });

  it("calls a wrong 年末结转和结余 an error, with the signs in the arithmetic", () => {
    const tables = workbook(table("08", changed(FUND_ROWS_08, "2296002", "carryOut", "7.55")));
    const [finding] = run(t08CarryOut, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "5.75", actual: "7.55", detail: "5.00 + 12.00 − 11.25 = 5.75" });
    expect(at(finding)).toBe(addressOf(tables, "08", "2296002", "carryOut"));
  });

  it("names a changed 本年支出 (subtracted)", () => {
    const tables = workbook(table("08", changed(FUND_ROWS_08, "2296003", "total", "2.75")));
    const [finding] = run(t08CarryOut, tables);
    expect(finding).toMatchObject({ severity: "error", expected: "5.25", actual: "0.75" });
    expect(names(finding, addressOf(tables, "08", "2296003", "total"))).toBe(true);
  });

  it("keeps a 0.01 tail a 尾差 and a 0.03 gap an error", () => {
    expect(run(t08CarryOut, workbook(table("08", changed(FUND_ROWS_08, "2296003", "carryOut", "0.76")))).map((f) => f.severity)).toEqual([
      "rounding",
    ]);
    expect(run(t08CarryOut, workbook(table("08", changed(FUND_ROWS_08, "2296003", "carryOut", "0.78")))).map((f) => f.severity)).toEqual([
      "error",
    ]);
  });

  it("compares a blank 年末 of a leaf as 0: it is reported, not filled", () => {
    const tables = workbook(table("08", changed(FUND_ROWS_08, "2296003", "carryOut", "")));
    const findings = run(t08CarryOut, tables);
    expect(findings.map((f) => `${f.severity} ${at(f)} ${f.expected}/${f.actual}`)).toEqual([
      `error ${addressOf(tables, "08", "2296003", "carryOut")} 0.75/0.00`,
    ]);
    expect(findings[0].fix).toBeUndefined();
  });
});
