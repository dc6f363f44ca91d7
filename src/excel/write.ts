/// <reference types="office-js" />
// Writes fill's edits into the open workbook, and takes them back. Two syncs each, however many cells: the first
// reads the target cells (and their sheets' protection) so nothing is written over what the user typed since the
// check, the second writes everything in one batch. What each cell held before is kept for 撤销.
import { fillsPlaceholders } from "../engine/narrative/fill";
import { CellEdit } from "../engine/edits";
import { safeCellText } from "./cell-text";
import { parseAddress, rangeAddress } from "../engine/grid";
import { DEFAULT_WRITE_BUDGET, syncEachGroup } from "./batches";
import { ExcelHostError } from "./errors";
import { parseAreaList } from "./read";

/** A cell as it was before fill wrote it. */
export interface CellSnapshot {
  sheet: string;
  cell: string;
  /** The formula with its "=", or null for a constant or an empty cell. */
  formula: string | null;
  /** The constant value; "" for an empty cell. */
  value: unknown;
  numberFormat: string;
}

/** What 撤销 needs: the edits as written and the cells as they were. */
export interface FillRecord {
  edits: CellEdit[];
  before: CellSnapshot[];
}

export interface UndoOutcome {
  restored: number;
  /** Cells left alone because the user changed them after the fill ("Sheet!C9"). */
  skipped: string[];
}

/** The one place a Decimal becomes a JavaScript number: Excel stores doubles. Fill's values have two or four decimals. */
function excelNumber(edit: CellEdit & { kind: "number" }): number {
  return Number(edit.value.toString());
}

/** What a written cell holds when nobody has touched it since, as Office.js reads it back. */
function writtenValue(edit: CellEdit): unknown {
  return edit.kind === "number" ? excelNumber(edit) : edit.text;
}

function shortText(value: unknown): string {
  const text = String(value);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

interface Target {
  edit: CellEdit;
  range: Excel.Range;
  /** The merged area the cell is in (ExcelApi 1.13), when asked for. */
  merged: Excel.RangeAreas | null;
}

interface WriteOptions {
  /** Whether Range.getMergedAreasOrNullObject (ExcelApi 1.13) may be called, to refuse a cell inside a merge. */
  mergedAreas?: boolean;
  /** Estimated bytes per sync (Excel on the web takes 5 MB a request and a response). */
  byteBudget?: number;
  /** Called with the record before anything is written, so the caller can send its own writes with the cells; returns their bytes. */
  onPlanned?: (record: FillRecord) => number | void;
}

/** Estimated bytes per target cell, read or written (its path, its four properties, its lock). */
const BYTES_PER_TARGET = 500;

/** Where to go when a locked cell of a protected sheet is in the way. */
function lockedCellMessage(sheet: string, cell: string): string {
  return `工作表“${sheet}”受保护，${cell} 是锁定的单元格，无法写入：请在 审阅 → 撤销工作表保护 后重试`;
}

/**
 * Sync 1 of a fill or an undo: the target cells (the given properties, their lock) and their sheets' protection. A
 * sheet renamed or deleted since the check fails here with ItemNotFound, before anything is written. On a protected
 * sheet an unlocked target may be written (Excel allows it); a locked one stops the action, naming the cell.
 */
async function loadTargets(context: Excel.RequestContext, edits: CellEdit[], properties: string, options: WriteOptions): Promise<{ targets: Target[]; protectedSheets: Set<string> }> {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const edit of edits) {
    if (sheets.has(edit.sheet)) continue;
    const sheet = context.workbook.worksheets.getItem(edit.sheet);
    sheet.load("protection/protected");
    sheets.set(edit.sheet, sheet);
  }
  const targets = await syncEachGroup(context, edits, BYTES_PER_TARGET, options.byteBudget ?? DEFAULT_WRITE_BUDGET, (group) => {
    const queued = group.map((edit): Target => {
      const range = sheets.get(edit.sheet)!.getRange(edit.cell);
      range.load(properties);
      range.format.protection.load("locked");
      let merged: Excel.RangeAreas | null = null;
      if (options.mergedAreas) {
        merged = range.getMergedAreasOrNullObject();
        merged.load("isNullObject,address");
      }
      return { edit, range, merged };
    });
    return () => queued;
  });
  const protectedSheets = new Set([...sheets].filter(([, sheet]) => sheet.protection.protected).map(([name]) => name));
  for (const { edit, range, merged } of targets) {
    if (protectedSheets.has(edit.sheet) && range.format.protection.locked !== false) {
      throw new ExcelHostError("ProtectedSheet", lockedCellMessage(edit.sheet, edit.cell));
    }
    const area = merged && !merged.isNullObject ? parseAreaList(merged.address)[0] : undefined;
    if (area) {
      const { row, col } = parseAddress(edit.cell);
      if (area.top !== row || area.left !== col) {
        const where = rangeAddress(area.top, area.left, area.bottom, area.right);
        throw new ExcelHostError(
          "MergedRangeConflict",
          `工作表“${edit.sheet}”的 ${edit.cell} 位于合并单元格 ${where} 之内，且不是它的左上角单元格，填充不会写入：请重新校验`
        );
      }
    }
  }
  return { targets, protectedSheets };
}

/** What the cell holds now, or the reason fill must not write it. */
function snapshotOfBlank({ edit, range }: Target): CellSnapshot {
  const formula = range.formulas[0][0];
  // A text typed as '=… reads "=…" in formulas too, but a formula's text is never its own value.
  if (typeof formula === "string" && formula.startsWith("=") && formula !== range.values[0][0]) {
    throw new ExcelHostError("CellNotBlank", `工作表“${edit.sheet}”的 ${edit.cell} 含有公式，填充不会改写公式单元格，请重新校验`);
  }
  const value = range.values[0][0];
  // The one fill allowed on a non-empty cell: a narrative sentence whose XX placeholders become figures, every
  // other character as typed. Undo puts the sentence with its placeholders back.
  const fillsSentence = edit.kind === "text" && typeof value === "string" && fillsPlaceholders(value, edit.text);
  if (!fillsSentence && range.valueTypes[0][0] !== "Empty" && String(value).trim() !== "") {
    throw new ExcelHostError(
      "CellNotBlank",
      `工作表“${edit.sheet}”的 ${edit.cell} 已有内容“${shortText(value)}”，填充不会覆盖已填写的单元格，请重新校验后再填充`
    );
  }
  return { sheet: edit.sheet, cell: edit.cell, formula: null, value, numberFormat: String(range.numberFormat[0][0]) };
}

/**
 * Writes the edits after checking, in one read, that every target is still blank, writable (a protected sheet's
 * unlocked cell is) and not inside a merged area. Refuses the whole fill otherwise, so a fill is never half done.
 * Two syncs for an ordinary fill; a very large one is sent in batches under Excel's request limit. On a protected
 * sheet only the value is written: Excel refuses formatting there, so the cell keeps its number format.
 */
export async function writeEdits(context: Excel.RequestContext, edits: CellEdit[], options: WriteOptions = {}): Promise<FillRecord> {
  if (edits.length === 0) return { edits: [], before: [] };
  const { targets, protectedSheets } = await loadTargets(context, edits, "values,valueTypes,formulas,numberFormat", options);
  const before = targets.map(snapshotOfBlank);
  const record = { edits, before };
  const reserved = options.onPlanned?.(record) ?? 0;
  await syncEachGroup(context, targets, BYTES_PER_TARGET, options.byteBudget ?? DEFAULT_WRITE_BUDGET, (group) => {
    for (const { edit } of group) {
      const range = context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell);
      if (edit.kind === "number") {
        if (!protectedSheets.has(edit.sheet)) range.numberFormat = [[edit.numFmt]];
        range.values = [[excelNumber(edit)]];
      } else {
        range.values = [[safeCellText(edit.text)]];
      }
    }
    return () => [];
  }, false, reserved);
  return record;
}

/**
 * Puts the filled cells back as they were. A cell the user changed after the fill keeps the user's value and is
 * reported as skipped. Two syncs: read the cells, then restore them in one batch. A text goes back through the same
 * guard as fill's (a sentence starting with "=", "+" or "-" stays a text).
 */
export async function undoEdits(context: Excel.RequestContext, record: FillRecord, options: WriteOptions = {}): Promise<UndoOutcome> {
  if (record.edits.length === 0) return { restored: 0, skipped: [] };
  const { targets, protectedSheets } = await loadTargets(context, record.edits, "values", { ...options, mergedAreas: false });
  const skipped: string[] = [];
  const toRestore: { target: Target; was: CellSnapshot }[] = [];
  targets.forEach((target, index) => {
    const { edit, range } = target;
    const now = range.values[0][0];
    const unchanged = now === writtenValue(edit) || (edit.kind === "text" && now === safeCellText(edit.text));
    if (unchanged) toRestore.push({ target, was: record.before[index] });
    else skipped.push(`${edit.sheet}!${edit.cell}`);
  });
  const reserved = options.onPlanned?.({ edits: [], before: [] }) ?? 0;
  await syncEachGroup(context, toRestore, BYTES_PER_TARGET, options.byteBudget ?? DEFAULT_WRITE_BUDGET, (group) => {
    for (const { target, was } of group) {
      const range = context.workbook.worksheets.getItem(target.edit.sheet).getRange(target.edit.cell);
      if (was.formula) range.formulas = [[was.formula]];
      else if (was.value === "" || was.value === null || was.value === undefined) range.clear("Contents");
      else range.values = [[typeof was.value === "string" ? safeCellText(was.value) : (was.value as number | boolean)]];
      if (!protectedSheets.has(target.edit.sheet)) range.numberFormat = [[was.numberFormat]];
    }
    return () => [];
  }, true, reserved);
  return { restored: toRestore.length, skipped };
}
