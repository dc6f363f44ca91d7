// previous/t01-carry-in: the sample's 年初结转和结余 against last year's 年末结转和结余 — both 0 in the committed 2023
// tables; 12.34 in the failing copy, with this year's given or left blank; last year's 01 missing.
import { WorkbookGrid } from "../../../../src/engine/grid";
import { previousT01CarryIn } from "../../../../src/engine/rules/previous/t01-carry-in";
import { BUDGET_PATH, PREVIOUS_PATH, gridOf, sampleGrid } from "../../reference/helpers";
import { ruleCases } from "../harness";
import { cellIn, cornerOf, figureAt, tablesWith } from "./support";

const CARRY_01 = "previous-2023-carry-01.xlsx";

/** The sample with its 公开01表 年初结转和结余 left blank. */
async function openingBlank(): Promise<WorkbookGrid> {
  const grid = await sampleGrid();
  const opening = cellIn(grid, "01", "in.carryIn", "amount");
  const sheet = grid.sheets.find((s) => s.name === opening.sheet)!;
  sheet.cells[opening.row - 1][opening.col - 1] = { value: null, numFmt: "General" };
  return grid;
}

export const cases = ruleCases(previousT01CarryIn, {
  valid: [
    { name: "the committed 2023 tables: 0 both years", tables: () => tablesWith(PREVIOUS_PATH, BUDGET_PATH) },
    { name: "no last year's workbook", tables: () => tablesWith(undefined, BUDGET_PATH) },
  ],
  invalid: [
    {
      name: "last year closed with 12.34, this year opens with 0",
      tables: () => tablesWith(CARRY_01),
      findings: (tables) => [{ messageId: "mismatch", cell: figureAt(tables, "01", "in.carryIn", "amount"), severity: "error" }],
    },
    {
      name: "last year closed with 12.34, this year's opening left blank: an error still (fill does not copy last year's)",
      tables: async () => tablesWith(CARRY_01, undefined, await openingBlank()),
      findings: (tables) => [{ messageId: "mismatch", cell: figureAt(tables, "01", "in.carryIn", "amount"), severity: "error" }],
    },
    {
      name: "last year's workbook without its 公开01表",
      tables: async () => {
        const previous = await gridOf(PREVIOUS_PATH);
        previous.sheets = previous.sheets.filter((s) => !s.name.startsWith("01"));
        return tablesWith(previous);
      },
      findings: (tables) => [{ messageId: "tableMissingLastYear", cell: cornerOf(tables, "01"), severity: "info" }],
    },
  ],
});
