import { BUDGET_PATH, PREVIOUS_PATH, checkWith, gridOf, sampleGrid } from "../../reference/helpers";
import { at, cellIn, where } from "./support";

const RULE = "previous/t08-carry-in";

describe(RULE, () => {
  it("holds when neither year has 政府性基金 balances", async () => {
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    expect(result.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it("is an error at this year's 合计 年初结转和结余 when last year closed with 5.00", async () => {
    const result = await checkWith("previous-2023-carry-08.xlsx");
    const opening = cellIn(await sampleGrid(), "08", "total", "carryIn");
    const closing = cellIn(await gridOf("previous-2023-carry-08.xlsx"), "08", "total", "carryOut");
    expect(result.findings.filter((f) => f.rule === RULE).map((f) => [f.severity, where(f), f.related, f.expected, f.actual])).toEqual([
      ["error", at(opening), [`上年:${at(closing)}`], "5.00", "0.00"],
    ]);
  });
});
