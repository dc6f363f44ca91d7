/// <reference types="office-js" />
// Highlights finding cells by class, and clears exactly those highlights again. Before painting, each cell's own
// fill (colour, pattern, tints; "no fill" as such) is read and kept, so clearing gives every cell back the fill it had.
// A cell the user has re-coloured since keeps the user's colour.
import { DEFAULT_WRITE_BUDGET, syncEachGroup } from "./batches";
import { ExcelHostError } from "./errors";

type HighlightTone = "error" | "warning" | "rounding" | "info" | "fillable";

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
  /**
   * The cell's own fill as Excel reported it. Excel reports "no fill" as #FFFFFF with pattern "None" (or null) and a
   * null tint: such a cell gets no fill back (fill.clear()), not solid white.
   */
  color: string;
  pattern: string | null;
  tintAndShade?: number | null;
  patternColor?: string | null;
  patternTintAndShade?: number | null;
}

export interface HighlightRecord {
  cells: FillSnapshot[];
  /** Sheets left unpainted because they are protected. */
  protectedSheets: string[];
}

/** Estimated request bytes per painted or restored cell (the range's path and the fill's properties). */
const BYTES_PER_FILL = 400;

/** Whether a recorded fill is Excel's "no fill". */
export function isNoFill(snapshot: Pick<FillSnapshot, "pattern">): boolean {
  return snapshot.pattern === "None" || snapshot.pattern === null || snapshot.pattern === undefined;
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

const FILL_PROPERTIES = "color,pattern,tintAndShade,patternColor,patternTintAndShade";

/** The sheets named by `names`, with their protection loaded (queued; read after the next sync). */
function sheetsByName(context: Excel.RequestContext, names: string[]): Map<string, Excel.Worksheet> {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of names) {
    if (sheets.has(name)) continue;
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.load("protection/protected");
    sheets.set(name, sheet);
  }
  return sheets;
}

interface PaintOptions {
  /** Estimated request bytes per sync (Excel on the web takes 5 MB). */
  byteBudget?: number;
  /**
   * Called with the record before the paint is sent, so the caller can send its own writes in the same sync; returns
   * the bytes those take.
   */
  onPlanned?: (record: HighlightRecord) => number | void;
}

/**
 * Paints the marks' cells. Two syncs for up to some ten thousand cells (one more per such batch beyond): read the
 * cells' fills and the sheets' protection, then paint. `already` is the record of highlights still showing: those
 * cells keep the original fill recorded then, not the highlight colour.
 */
export async function highlightCells(
  context: Excel.RequestContext,
  marks: HighlightMark[],
  already?: HighlightRecord,
  options: PaintOptions = {}
): Promise<HighlightRecord> {
  const budget = options.byteBudget ?? DEFAULT_WRITE_BUDGET;
  const unique = dedupeMarks(marks);
  const earlier = new Map((already?.cells ?? []).map((snapshot) => [keyOf(snapshot.sheet, snapshot.cell), snapshot]));
  const sheets = sheetsByName(context, unique.map((mark) => mark.sheet));
  const read = await syncEachGroup(context, unique, BYTES_PER_FILL, budget, (group) => {
    const fills = group.map((mark) => {
      const fill = sheets.get(mark.sheet)!.getRange(mark.cell).format.fill;
      fill.load(FILL_PROPERTIES);
      return { mark, fill };
    });
    return () => fills;
  });
  const protectedSheets = [...sheets].filter(([, sheet]) => sheet.protection.protected).map(([name]) => name);
  const cells: FillSnapshot[] = [];
  const toPaint: { mark: HighlightMark; painted: string }[] = [];
  for (const { mark, fill } of read) {
    if (protectedSheets.includes(mark.sheet)) continue;
    const painted = HIGHLIGHT_COLORS[mark.tone];
    const previous = earlier.get(keyOf(mark.sheet, mark.cell));
    cells.push(
      previous
        ? { ...previous, painted }
        : {
            sheet: mark.sheet,
            cell: mark.cell,
            painted,
            color: fill.color,
            pattern: fill.pattern ?? null,
            tintAndShade: fill.tintAndShade ?? null,
            patternColor: fill.patternColor ?? null,
            patternTintAndShade: fill.patternTintAndShade ?? null,
          }
    );
    toPaint.push({ mark, painted });
  }
  const record = { cells, protectedSheets };
  const reserved = options.onPlanned?.(record) ?? 0;
  await syncEachGroup(context, toPaint, BYTES_PER_FILL, budget, (group) => {
    for (const { mark, painted } of group) context.workbook.worksheets.getItem(mark.sheet).getRange(mark.cell).format.fill.color = painted;
    return () => [];
  }, true, reserved);
  return record;
}

export interface ClearOutcome {
  restored: number;
  /** Cells whose fill the user changed after highlighting; left as the user made them. */
  keptByUser: number;
}

/** Puts a recorded fill back: no fill, or the colour with its pattern and tints. */
function restoreFill(fill: Excel.RangeFill, snapshot: FillSnapshot): void {
  if (isNoFill(snapshot)) {
    fill.clear();
    return;
  }
  fill.color = snapshot.color;
  // A patterned fill (not a plain colour) gets its pattern back too, and every tint as it was.
  if (snapshot.pattern && snapshot.pattern !== "Solid") fill.pattern = snapshot.pattern as Excel.FillPattern;
  if (typeof snapshot.tintAndShade === "number" && snapshot.tintAndShade !== 0) fill.tintAndShade = snapshot.tintAndShade;
  if (snapshot.patternColor && snapshot.pattern !== "Solid") fill.patternColor = snapshot.patternColor;
  if (typeof snapshot.patternTintAndShade === "number" && snapshot.patternTintAndShade !== 0) fill.patternTintAndShade = snapshot.patternTintAndShade;
}

/**
 * Gives every highlighted cell back its own fill. Two syncs (one more per ten thousand cells or so): read the fills
 * as they are now, then restore. A cell the user re-coloured since keeps the user's colour.
 */
export async function clearHighlights(context: Excel.RequestContext, record: HighlightRecord, options: PaintOptions = {}): Promise<ClearOutcome> {
  if (record.cells.length === 0) return { restored: 0, keptByUser: 0 };
  const budget = options.byteBudget ?? DEFAULT_WRITE_BUDGET;
  const sheets = sheetsByName(context, record.cells.map((snapshot) => snapshot.sheet));
  const read = await syncEachGroup(context, record.cells, BYTES_PER_FILL, budget, (group) => {
    const fills = group.map((snapshot) => {
      const fill = sheets.get(snapshot.sheet)!.getRange(snapshot.cell).format.fill;
      fill.load("color");
      return { snapshot, fill };
    });
    return () => fills;
  });
  for (const [name, sheet] of sheets) {
    if (sheet.protection.protected) {
      throw new ExcelHostError("ProtectedSheet", `工作表“${name}”受保护，无法清除高亮：请在 审阅 → 撤销工作表保护 后重试`);
    }
  }
  const toRestore = read.filter(({ snapshot, fill }) => sameColor(fill.color, snapshot.painted)).map(({ snapshot }) => snapshot);
  const reserved = options.onPlanned?.({ cells: [], protectedSheets: [] }) ?? 0;
  await syncEachGroup(context, toRestore, BYTES_PER_FILL, budget, (group) => {
    for (const snapshot of group) restoreFill(context.workbook.worksheets.getItem(snapshot.sheet).getRange(snapshot.cell).format.fill, snapshot);
    return () => [];
  }, true, reserved);
  return { restored: toRestore.length, keptByUser: read.length - toRestore.length };
}
