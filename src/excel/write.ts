/// <reference types="office-js" />
// Writes fill's edits into the open workbook, and takes them back. Two syncs each, however many cells: the first
// reads the target cells (and their sheets' protection) so nothing is written over what the user typed since the
// check, the second writes everything in one batch. What each cell held before is kept for 撤销.
import { fillsPlaceholders } from "../engine/narrative/fill";
import { CellEdit } from "../engine/edits";
import { safeCellText } from "./cell-text";
import { ExcelHostError, protectedSheetMessage } from "./errors";

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
}

/**
 * Sync 1 of a fill or an undo: the target cells (the given properties) and their sheets' protection. A sheet renamed
 * or deleted since the check fails here with ItemNotFound, before anything is written.
 */
async function loadTargets(context: Excel.RequestContext, edits: CellEdit[], properties: string): Promise<Target[]> {
  const sheets = new Map<string, Excel.Worksheet>();
  for (const edit of edits) {
    if (sheets.has(edit.sheet)) continue;
    const sheet = context.workbook.worksheets.getItem(edit.sheet);
    sheet.load("protection/protected");
    sheets.set(edit.sheet, sheet);
  }
  const targets = edits.map((edit) => {
    const range = sheets.get(edit.sheet)!.getRange(edit.cell);
    range.load(properties);
    return { edit, range };
  });
  await context.sync();
  for (const [name, sheet] of sheets) {
    if (sheet.protection.protected) throw new ExcelHostError("ProtectedSheet", protectedSheetMessage(name));
  }
  return targets;
}

/** What the cell holds now, or the reason fill must not write it. */
function snapshotOfBlank({ edit, range }: Target): CellSnapshot {
  const formula = range.formulas[0][0];
  if (typeof formula === "string" && formula.startsWith("=")) {
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
 * Writes the edits in one batch after checking, in one read, that every target is still blank and no target sheet is
 * protected. Refuses the whole fill otherwise, so a fill is never half done. Returns what 撤销 needs.
 */
export async function writeEdits(context: Excel.RequestContext, edits: CellEdit[]): Promise<FillRecord> {
  if (edits.length === 0) return { edits: [], before: [] };
  const targets = await loadTargets(context, edits, "values,valueTypes,formulas,numberFormat");
  const before = targets.map(snapshotOfBlank);
  // Sync 2: every write in one batch.
  for (const { edit, range } of targets) {
    if (edit.kind === "number") {
      range.numberFormat = [[edit.numFmt]];
      range.values = [[excelNumber(edit)]];
    } else {
      range.values = [[safeCellText(edit.text)]];
    }
  }
  await context.sync();
  return { edits, before };
}

/**
 * Puts the filled cells back as they were. A cell the user changed after the fill keeps the user's value and is
 * reported as skipped. Two syncs: read the cells, then restore them in one batch.
 */
export async function undoEdits(context: Excel.RequestContext, record: FillRecord): Promise<UndoOutcome> {
  if (record.edits.length === 0) return { restored: 0, skipped: [] };
  const targets = await loadTargets(context, record.edits, "values");
  const skipped: string[] = [];
  let restored = 0;
  targets.forEach(({ edit, range }, index) => {
    const now = range.values[0][0];
    const unchanged = now === writtenValue(edit) || (edit.kind === "text" && now === safeCellText(edit.text));
    if (!unchanged) {
      skipped.push(`${edit.sheet}!${edit.cell}`);
      return;
    }
    const was = record.before[index];
    if (was.formula) range.formulas = [[was.formula]];
    else if (was.value === "" || was.value === null || was.value === undefined) range.clear("Contents");
    else range.values = [[was.value as string | number | boolean]];
    range.numberFormat = [[was.numberFormat]];
    restored++;
  });
  await context.sync();
  return { restored, skipped };
}
