// The grid with every derived cell blanked: what fill has to rebuild. The bench (h) and the findings snapshot use it
// to give fill its whole work on a real workbook.
import { runRules } from "../../src/engine";
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { recognizeDepartments } from "../../src/engine/recognize";
import { FigureCell } from "../../src/engine/tables";

/** The grid with every derived cell that holds a non-zero amount blanked (as tests/engine/fill.test.ts does). */
export function withDerivedBlanked(grid: WorkbookGrid): { grid: WorkbookGrid; blanked: number } {
  const cells = new Map<string, FigureCell>();
  for (const department of recognizeDepartments(grid)) {
    runRules(department.tables, undefined, undefined, (cell) => cells.set(`${cell.sheet}!${cell.address}`, cell));
  }
  const derived = [...cells.values()].filter((cell) => cell.state === "amount" && !cell.amount!.value.isZero());
  const copy: WorkbookGrid = { ...grid, sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ? [...r] : r)) })) };
  const byName = new Map(copy.sheets.map((sheet) => [sheet.name, sheet]));
  for (const cell of derived) {
    const sheet = byName.get(cell.sheet)!;
    const { row, col } = parseAddress(cell.address);
    if (sheet.cells[row - 1]) sheet.cells[row - 1][col - 1] = undefined;
  }
  return { grid: copy, blanked: derived.length };
}
