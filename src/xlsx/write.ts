// The .xlsx host's writing half: applies fill's CellEdits to a copy of the original file. It writes only blank
// cells and leaves every other cell as exceljs read it. Browser-safe (the task pane offers the copy as a download).
//
// What exceljs 4.4 does not carry through a load/save, even for cells nobody edits.
// Pinned by tests (tests/xlsx/write.test.ts, the "known exceljs losses" block):
// - a value stored under a merged area outside its top-left cell (Excel never shows it, but a formula may read it);
// - a defined name holding a constant rather than a range (e.g. 税率 = 0.13);
// - the quotePrefix style flag (the leading apostrophe of a code typed as text; the text itself stays text).
// Known from exceljs's source, not built in tests:
// - charts, pivot tables, slicers, form controls and shapes other than pictures, external links, and chart sheets
//   (exceljs reads worksheets and pictures only);
// - <calcPr> settings such as manual calculation (we set fullCalcOnLoad, so Excel recalculates on open anyway);
// - a formula cell that also carries a hyperlink keeps the link and the cached text but loses the formula.
// Repaired here rather than lost: the workbook's default font (see default-font.ts) and automatic page numbering.
import { fillsPlaceholders } from "../engine/narrative/fill";
import type { Cell, Workbook, Worksheet } from "exceljs";
import { normalizeFigureText } from "../engine/amount";
import { CellEdit } from "../engine/edits";
import { parseAddress } from "../engine/grid";
import { CELL_TYPE } from "./exceljs";
import { restoreDefaultFont, usesExceljsDefaultFont } from "./default-font";
import { loadExcelWorkbook, toBytes } from "./read";

/** An edit that cannot be written; the message is one Chinese sentence naming the sheet, the cell and why. */
export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

const MAX_ROW = 1048576;
const MAX_COL = 16384;
const MAX_SHOWN_TEXT = 20;

/** Blank as the engine sees it (parseFigureText): nothing, or only spaces and invisible marks. */
function isBlank(cell: Cell): boolean {
  if (cell.type === CELL_TYPE.Null) return true;
  return cell.type === CELL_TYPE.String && normalizeFigureText(String(cell.value)) === "";
}

function shortText(cell: Cell): string {
  const text = cell.text;
  return text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT)}…` : text;
}

/** The cell the edit may write, or a WorkbookWriteError saying why it may not. */
function targetCell(workbook: Workbook, edit: CellEdit): Cell {
  const worksheet: Worksheet | undefined = workbook.worksheets.find((sheet) => sheet.name === edit.sheet);
  if (!worksheet) throw new WorkbookWriteError(`工作簿中没有名为“${edit.sheet}”的工作表，无法填写 ${edit.cell}`);
  let row: number;
  let col: number;
  try {
    ({ row, col } = parseAddress(edit.cell));
  } catch {
    throw new WorkbookWriteError(`工作表“${edit.sheet}”的“${edit.cell}”不是有效的单元格地址`);
  }
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) {
    throw new WorkbookWriteError(`工作表“${edit.sheet}”的 ${edit.cell} 超出了 Excel 的行列范围`);
  }
  const where = `工作表“${edit.sheet}”的 ${edit.cell}`;
  const cell = worksheet.getCell(row, col);
  // exceljs would redirect a write on a merged area's follower cell to its top-left cell: a different cell
  // than the one fill named, so it is refused rather than silently moved.
  if (cell.type === CELL_TYPE.Merge) {
    throw new WorkbookWriteError(`${where} 位于合并单元格内，只能填写合并区域左上角的 ${cell.master.address}`);
  }
  if (cell.type === CELL_TYPE.Formula) {
    throw new WorkbookWriteError(`${where} 含有公式，填充不会改写公式单元格`);
  }
  // The one edit allowed on a non-empty cell: a narrative sentence whose XX / ×× placeholders become figures,
  // every other character staying as typed.
  if (edit.kind === "text" && cell.type === CELL_TYPE.String && fillsPlaceholders(String(cell.value), edit.text)) return cell;
  if (!isBlank(cell)) {
    throw new WorkbookWriteError(`${where} 已有内容“${shortText(cell)}”，填充不会覆盖已填写的单元格`);
  }
  return cell;
}

/** The number a numeric edit stores: the one place a Decimal becomes a JavaScript number (files hold doubles). */
function storedNumber(edit: CellEdit & { kind: "number" }): number {
  const value = Number(edit.value.toString());
  if (!Number.isFinite(value)) {
    throw new WorkbookWriteError(`工作表“${edit.sheet}”的 ${edit.cell} 要填写的数值 ${edit.shown} 无法写入 Excel`);
  }
  return value;
}

/** Checks one edit and returns what writes it, so that nothing is written until every edit has passed. */
function planEdit(workbook: Workbook, edit: CellEdit): { cell: Cell; write: () => void } {
  const cell = targetCell(workbook, edit);
  if (edit.kind === "text") {
    // A plain string value is stored as a shared string, never as a formula, even when it starts with "=",
    // "+", "-" or "@": exceljs writes a formula only for a { formula } value.
    const text = String(edit.text);
    return { cell, write: () => (cell.value = text) };
  }
  const value = storedNumber(edit);
  return {
    cell,
    write: () => {
      cell.value = value;
      // exceljs shares one style object among all cells loaded with the same style, so the format goes on a
      // copy; setting cell.numFmt in place would reformat every cell sharing that style.
      cell.style = { ...cell.style, numFmt: edit.numFmt };
    },
  };
}

/**
 * exceljs reads a <pageSetup> without firstPageNumber as page 1 and then writes useFirstPageNumber="1", which
 * turns Excel's automatic page numbering (continuing across printed sheets) into "start at 1" on every sheet.
 * Forgetting the number when the file did not ask for it writes the setting back as it was.
 */
function keepAutomaticPageNumbers(workbook: Workbook): void {
  for (const worksheet of workbook.worksheets) {
    // useFirstPageNumber is read by exceljs but missing from its types.
    const setup = worksheet.pageSetup as (typeof worksheet.pageSetup & { useFirstPageNumber?: boolean }) | undefined;
    if (setup && !setup.useFirstPageNumber) setup.firstPageNumber = undefined;
  }
}

/**
 * Writes the edits into a copy of the workbook and returns the new file's bytes. Every edit is checked before any
 * is written: an edit on a missing sheet, a formula, a merged follower or a cell that is not blank refuses the
 * whole batch, so a filled copy is never half done and never overwrites what the user typed.
 */
export async function applyEditsToXlsx(data: ArrayBuffer | Uint8Array, edits: CellEdit[]): Promise<Uint8Array> {
  const original = toBytes(data);
  const workbook = await loadExcelWorkbook(original);
  const seen = new Set<string>();
  const plans = edits.map((edit) => {
    const plan = planEdit(workbook, edit);
    const key = `${edit.sheet}\u0000${plan.cell.address}`;
    if (seen.has(key)) throw new WorkbookWriteError(`工作表“${edit.sheet}”的 ${edit.cell} 被要求填写了两次`);
    seen.add(key);
    return plan;
  });
  for (const plan of plans) plan.write();
  keepAutomaticPageNumbers(workbook);
  // Formulas that depend on a filled cell still hold their old cached results; Excel recomputes them on open.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return usesExceljsDefaultFont(workbook) ? written : restoreDefaultFont(original, written);
}
