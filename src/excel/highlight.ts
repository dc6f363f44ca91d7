/// <reference types="office-js" />
// Highlights finding cells by class, and clears exactly those highlights again. Before painting, each cell's own
// fill (colour and pattern, "None" for no fill) is read and kept, so clearing gives every cell back the fill it had.
// A cell the user has re-coloured since keeps the user's colour.
import { ExcelHostError } from "./errors";

export type HighlightTone = "error" | "warning" | "rounding" | "info" | "fillable";

/** Light fills in Excel's own "bad / neutral / good" palette, so text stays readable on them. */
export const HIGHLIGHT_COLORS: Record<HighlightTone, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  fillable: "#C6EFCE",
  rounding: "#DDEBF7",
  info: "#EDEDED",
};

/** When one cell has findings of several classes, the first of these wins. */
const TONE_ORDER: HighlightTone[] = ["error", "warning", "fillable", "rounding", "info"];

export interface HighlightMark {
  sheet: string;
  cell: string;
  tone: HighlightTone;
}

/** A highlighted cell and the fill it had before. */
export interface FillSnapshot {
  sheet: string;
  cell: string;
  /** The colour the highlight painted. */
  painted: string;
  /** The cell's own fill: "None" pattern means no fill at all. */
  color: string;
  pattern: string;
}

export interface HighlightRecord {
  cells: FillSnapshot[];
  /** Sheets left unpainted because they are protected. */
  protectedSheets: string[];
}

const keyOf = (sheet: string, cell: string) => `${sheet}!${cell.toUpperCase()}`;

/** One mark per cell, the most serious class winning. */
export function dedupeMarks(marks: HighlightMark[]): HighlightMark[] {
  const byCell = new Map<string, HighlightMark>();
  for (const mark of marks) {
    const key = keyOf(mark.sheet, mark.cell);
    const held = byCell.get(key);
    if (!held || TONE_ORDER.indexOf(mark.tone) < TONE_ORDER.indexOf(held.tone)) byCell.set(key, mark);
  }
  return [...byCell.values()];
}

const sameColor = (a: unknown, b: string) => typeof a === "string" && a.toUpperCase() === b.toUpperCase();

/**
 * Paints the marks' cells. Two syncs: read the cells' fills and the sheets' protection, then paint. `already` is the
 * record of highlights still showing: those cells keep the original fill recorded then, not the highlight colour.
 */
export async function highlightCells(context: Excel.RequestContext, marks: HighlightMark[], already?: HighlightRecord): Promise<HighlightRecord> {
  const unique = dedupeMarks(marks);
  const earlier = new Map((already?.cells ?? []).map((snapshot) => [keyOf(snapshot.sheet, snapshot.cell), snapshot]));
  const sheets = new Map<string, Excel.Worksheet>();
  for (const mark of unique) {
    if (sheets.has(mark.sheet)) continue;
    const sheet = context.workbook.worksheets.getItem(mark.sheet);
    sheet.load("protection/protected");
    sheets.set(mark.sheet, sheet);
  }
  const fills = unique.map((mark) => {
    const fill = sheets.get(mark.sheet)!.getRange(mark.cell).format.fill;
    fill.load("color,pattern");
    return { mark, fill };
  });
  await context.sync();
  const protectedSheets = [...sheets].filter(([, sheet]) => sheet.protection.protected).map(([name]) => name);
  const cells: FillSnapshot[] = [];
  for (const { mark, fill } of fills) {
    if (protectedSheets.includes(mark.sheet)) continue;
    const painted = HIGHLIGHT_COLORS[mark.tone];
    const previous = earlier.get(keyOf(mark.sheet, mark.cell));
    cells.push({
      sheet: mark.sheet,
      cell: mark.cell,
      painted,
      color: previous ? previous.color : fill.color,
      pattern: previous ? previous.pattern : fill.pattern,
    });
    fill.color = painted;
  }
  await context.sync();
  return { cells, protectedSheets };
}

export interface ClearOutcome {
  restored: number;
  /** Cells whose fill the user changed after highlighting; left as the user made them. */
  keptByUser: number;
}

/** Gives every highlighted cell back its own fill. Two syncs: read the fills as they are now, then restore. */
export async function clearHighlights(context: Excel.RequestContext, record: HighlightRecord): Promise<ClearOutcome> {
  if (record.cells.length === 0) return { restored: 0, keptByUser: 0 };
  const sheets = new Map<string, Excel.Worksheet>();
  const fills = record.cells.map((snapshot) => {
    let sheet = sheets.get(snapshot.sheet);
    if (!sheet) {
      sheet = context.workbook.worksheets.getItem(snapshot.sheet);
      sheet.load("protection/protected");
      sheets.set(snapshot.sheet, sheet);
    }
    const fill = sheet.getRange(snapshot.cell).format.fill;
    fill.load("color");
    return { snapshot, fill };
  });
  await context.sync();
  for (const [name, sheet] of sheets) {
    if (sheet.protection.protected) {
      throw new ExcelHostError("ProtectedSheet", `工作表“${name}”受保护，无法清除高亮，请取消保护后重试`);
    }
  }
  let restored = 0;
  let keptByUser = 0;
  for (const { snapshot, fill } of fills) {
    if (!sameColor(fill.color, snapshot.painted)) {
      keptByUser++;
      continue;
    }
    if (snapshot.pattern === "None") {
      fill.clear();
    } else {
      fill.color = snapshot.color;
      // A patterned fill (not a plain colour) gets its pattern back too.
      if (snapshot.pattern && snapshot.pattern !== "Solid") fill.pattern = snapshot.pattern as Excel.FillPattern;
    }
    restored++;
  }
  await context.sync();
  return { restored, keptByUser };
}
