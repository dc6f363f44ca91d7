import { BUDGET_PATH, PREVIOUS_PATH, checkWith, gridOf, sampleGrid } from "../../reference/helpers";
import { at, cellIn, where } from "./support";

const RULE = "previous/t04-carry-in";

describe(RULE, () => {
  it("holds in all and for each fund when last year's closing balances are this year's opening ones", async () => {
    const result = await checkWith(PREVIOUS_PATH, BUDGET_PATH);
    expect(result.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });

  it("is an error for the total and for the 一般公共预算 fund when last year closed with 12.34 of it", async () => {
    const result = await checkWith("previous-2023-carry-04.xlsx");
    const grid = await sampleGrid();
    const previous = await gridOf("previous-2023-carry-04.xlsx");
    const found = result.findings.filter((f) => f.rule === RULE);
    expect(found.map((f) => [f.severity, where(f), f.related, f.expected])).toEqual([
      ["error", at(cellIn(grid, "04", "in.carryIn", "amount")), [`上年:${at(cellIn(previous, "04", "out.carryOut", "total"))}`], "12.34"],
      ["error", at(cellIn(grid, "04", "in.carryIn.gpb", "amount")), [`上年:${at(cellIn(previous, "04", "out.carryOut", "gpb"))}`], "12.34"],
    ]);
  });
});
