// The exceljs path the lean reader replaced, kept for one test only: on files both read, the two Grids agree
// (tests/xlsx/fast-grid.test.ts). Not the reader's specification; the format is.
import type { Cell, Worksheet } from "exceljs";
import { CellValue, GridCell, MergeArea, SheetGrid, SheetVisibility } from "../../src/engine/grid";

/** exceljs's cell types (its ValueType enum) as plain numbers; exceljs.test.ts holds them equal to the enum. */
export const CELL_TYPE = {
  Null: 0,
  Merge: 1,
  String: 3,
  Hyperlink: 5,
  Formula: 6,
} as const;

function isRichText(value: unknown): value is { richText: { text: string }[] } {
  return typeof value === "object" && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

function isErrorValue(value: unknown): value is { error: string } {
  return typeof value === "object" && value !== null && typeof (value as { error?: unknown }).error === "string";
}

/** A plain value (a constant, a formula's cached result, a hyperlink's text) as a Grid value. */
function gridValueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  // exceljs turns a formula's cached result into a Date when the format is a date; an error result becomes an
  // invalid Date there, and nothing of it is left to show.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (isErrorValue(value)) return { error: value.error };
  if (isRichText(value)) return value.richText.map((run) => run.text ?? "").join("");
  return null;
}

/** The Grid cell for one exceljs cell, or undefined when it shows nothing (merge followers, blank cells). */
function gridCellOf(cell: Cell): GridCell | undefined {
  const numFmt = cell.numFmt || "General";
  switch (cell.type) {
    case CELL_TYPE.Null:
    case CELL_TYPE.Merge:
      return undefined;
    case CELL_TYPE.Formula:
      // cell.result, not cell.value.result: exceljs drops a falsy cached result (0, "") from the value copy.
      return { value: gridValueOf(cell.result), numFmt, formula: cell.formula };
    default: {
      const shown = cell.type === CELL_TYPE.Hyperlink ? (cell.value as { text?: unknown }).text : cell.value;
      const value = gridValueOf(shown);
      // An empty string is a blank cell to anyone looking at the sheet.
      if (value === null || value === "") return undefined;
      return { value, numFmt };
    }
  }
}

/** exceljs keeps the parsed <sheetProtection> on the worksheet without declaring it in its types. */
type WorksheetWithProtection = Worksheet & { sheetProtection?: { sheet?: boolean } | null };

function isProtected(worksheet: Worksheet): boolean {
  return (worksheet as WorksheetWithProtection).sheetProtection?.sheet === true;
}

function visibilityOf(worksheet: Worksheet): SheetVisibility {
  return worksheet.state === "hidden" || worksheet.state === "veryHidden" ? worksheet.state : "visible";
}

/** One worksheet as a SheetGrid; walks only the cells the file holds, so a 10,000-row sheet stays quick. */
export function sheetGridOf(worksheet: Worksheet): SheetGrid {
  const cells: (GridCell | undefined)[][] = [];
  // Merged areas by the address of their top-left cell; exceljs marks every other cell of an area as a follower
  // pointing at it, which the public API exposes (unlike its private merge index).
  const mergesByMaster = new Map<string, MergeArea>();
  let rowCount = 0;
  let colCount = 0;
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (cell.type === CELL_TYPE.Merge) {
        // fullAddress, because exceljs's types call a cell's own row and col strings although they are numbers.
        const master = cell.master.fullAddress;
        const area = mergesByMaster.get(master.address) ?? {
          top: master.row,
          left: master.col,
          bottom: master.row,
          right: master.col,
        };
        area.bottom = Math.max(area.bottom, rowNumber);
        area.right = Math.max(area.right, colNumber);
        mergesByMaster.set(master.address, area);
        rowCount = Math.max(rowCount, rowNumber);
        colCount = Math.max(colCount, colNumber);
        return;
      }
      const gridCell = gridCellOf(cell);
      if (!gridCell) return;
      (cells[rowNumber - 1] ??= [])[colNumber - 1] = gridCell;
      rowCount = Math.max(rowCount, rowNumber);
      colCount = Math.max(colCount, colNumber);
    });
  });
  // Every row up to the last used one is an array, so callers may index cells[r - 1][c - 1] directly.
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  const merges = [...mergesByMaster.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    name: worksheet.name,
    visibility: visibilityOf(worksheet),
    protected: isProtected(worksheet),
    rowCount,
    colCount,
    cells,
    merges,
  };
}

