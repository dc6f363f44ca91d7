import { checkWorkbook } from "../../../../src/engine";
import { BUDGET_PATH, PREVIOUS_PATH, checkWith, gridOf, sampleGrid } from "../../reference/helpers";
import { at, cellIn, where } from "./support";

const RULE = "previous/t01-carry-in";

describe(RULE, () => {
  it("holds when last year's 年末结转和结余 is this year's 年初结转和结余 (both 0 in the sample)", async () => {
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    expect(result.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it("is an error at this year's cell, naming last year's as 上年:Sheet!A1, when they differ", async () => {
    const result = await checkWith("previous-2023-carry-01.xlsx");
    const opening = cellIn(await sampleGrid(), "01", "in.carryIn", "amount");
    const closing = cellIn(await gridOf("previous-2023-carry-01.xlsx"), "01", "out.carryOut", "amount");
    const found = result.findings.filter((f) => f.rule === RULE);
    expect(found.map((f) => [f.severity, where(f), f.related, f.expected, f.actual])).toEqual([
      ["error", at(opening), [`上年:${at(closing)}`], "12.34", "0.00"],
    ]);
  });

  it("runs only with a previous workbook", async () => {
    expect(checkWorkbook(await sampleGrid()).findings.filter((f) => f.rule.startsWith("previous/"))).toEqual([]);
  });

  it("says once, as 信息, that the balance was not compared when last year's workbook has no 公开01表", async () => {
    const previous = await gridOf("previous-2023.xlsx");
    previous.sheets = previous.sheets.filter((s) => !s.name.startsWith("01"));
    const result = await checkWith(previous);
    expect(result.findings.filter((f) => f.rule === RULE).map((f) => [f.severity, f.messageId, f.table])).toEqual([["info", "tableMissingLastYear", "01"]]);
  });
});
