// Reading the companion workbooks once, before the checked workbook's departments are recognised: last year's
// 决算 workbook with the same recognisers (any layout they read), the budget workbook with recognize/budget.
import { WorkbookGrid } from "../grid";
import { recognizeWorkbook } from "../recognize";
import { recognizeBudgetTables } from "../recognize/budget";
import { ReferenceInputs } from "./types";

export interface CompanionGrids {
  previous?: WorkbookGrid;
  budget?: WorkbookGrid;
}

export function referenceInputsOf(grids: CompanionGrids): ReferenceInputs | undefined {
  if (!grids.previous && !grids.budget) return undefined;
  const inputs: ReferenceInputs = {};
  if (grids.previous) inputs.previous = { name: grids.previous.name, tables: recognizeWorkbook(grids.previous) };
  if (grids.budget) inputs.budget = { name: grids.budget.name, tables: recognizeBudgetTables(grids.budget) };
  return inputs;
}
