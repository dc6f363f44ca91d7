// Derived cells blanked: what fill has to rebuild. The bench (h), the findings snapshot and tests/engine/fill.test.ts
// use it to give fill its whole work (or a chosen part of it) on a real workbook.
import { runRules } from "../../src/engine";
import { parseAddress, WorkbookGrid } from "../../src/engine/grid";
import { recognizeDepartments } from "../../src/engine/recognize";
import { FigureCell } from "../../src/engine/tables";

/** Every cell a rule derives (a total, a score), in every department of the workbook, blank or not. */
export function derivedCells(grid: WorkbookGrid): FigureCell[] {
  const cells = new Map<string, FigureCell>();
  for (const department of recognizeDepartments(grid)) {
    runRules(department.tables, undefined, undefined, (cell) => cells.set(`${cell.sheet}!${cell.address}`, cell));
  }
  return [...cells.values()];
}

/** A copy of the grid with the given cells emptied; the grid passed in is not changed. */
export function blanked(grid: WorkbookGrid, cells: FigureCell[]): WorkbookGrid {
  const copy: WorkbookGrid = { ...grid, sheets: grid.sheets.map((s) => ({ ...s, cells: s.cells.map((r) => (r ? [...r] : r)) })) };
  const byName = new Map(copy.sheets.map((sheet) => [sheet.name, sheet]));
  for (const cell of cells) {
    const sheet = byName.get(cell.sheet)!;
    const { row, col } = parseAddress(cell.address);
    if (sheet.cells[row - 1]) sheet.cells[row - 1][col - 1] = undefined;
  }
  return copy;
}

/** The grid with every derived cell that holds a non-zero amount blanked (a 0 fill leaves blank). */
export function withDerivedBlanked(grid: WorkbookGrid): { grid: WorkbookGrid; blanked: number } {
  const derived = derivedCells(grid).filter((cell) => cell.state === "amount" && !cell.amount!.value.isZero());
  return { grid: blanked(grid, derived), blanked: derived.length };
}
