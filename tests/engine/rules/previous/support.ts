// Where the cross-year rules' findings should be: cells found in the recognised tables, never typed by hand.
import { Finding } from "../../../../src/engine/finding";
import { WorkbookGrid } from "../../../../src/engine/grid";
import { recognizeWorkbook } from "../../../../src/engine/recognize";
import { FigureCell, PublicKind, findRow } from "../../../../src/engine/tables";

export function cellIn(grid: WorkbookGrid, kind: PublicKind, row: string, column: string): FigureCell {
  const cell = findRow(recognizeWorkbook(grid).public[kind]!, row)?.cells[column];
  if (!cell) throw new Error(`no ${kind} ${row} ${column}`);
  return cell;
}

export const at = (cell: FigureCell) => `${cell.sheet}!${cell.address}`;
export const where = (f: Finding) => `${f.sheet}!${f.cell}`;

/** The narrative cell whose text holds `words`. */
export function narrativeCellWith(grid: WorkbookGrid, words: string): string {
  const sheet = grid.sheets.find((s) => s.name === "情况说明")!;
  for (let r = 0; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c]?.value;
      if (typeof value === "string" && value.includes(words)) return `情况说明!${String.fromCharCode(65 + c)}${r + 1}`;
    }
  }
  throw new Error(`no narrative cell with ${words}`);
}
