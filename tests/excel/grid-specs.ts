// A Grid (as the .xlsx reader gives it) as the fake Excel's sheet specs, so that one workbook can be read through
// both hosts and the two Grids compared. Used by the Office host's tests and by the bench.
import { rangeAddress, WorkbookGrid } from "../../src/engine/grid";
import { FakeCellSpec, FakeSheetSpec } from "./fake-excel";

/** The Grid's sheets as the fake's sheet specs: values, formats, formulas (also of error results), merges, visibility. */
export function specsOf(grid: WorkbookGrid): FakeSheetSpec[] {
  return grid.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility === "hidden" ? "Hidden" : sheet.visibility === "veryHidden" ? "VeryHidden" : "Visible",
    protected: sheet.protected,
    merges: sheet.merges.map((m) => rangeAddress(m.top, m.left, m.bottom, m.right)),
    rows: sheet.cells.map((row) =>
      (row ?? []).map((cell): FakeCellSpec => {
        if (!cell) return null;
        const value = cell.value;
        const formula = cell.formula ? `=${cell.formula}` : undefined;
        if (value === null || value instanceof Date) return formula ? { formula, numFmt: cell.numFmt } : null;
        if (typeof value === "object") return { error: value.error, numFmt: cell.numFmt, formula };
        return { value, numFmt: cell.numFmt, formula };
      })
    ),
  }));
}
