// The .xlsx host's reading half: any .xlsx file into the engine's Grid, by the fast reader (fast-grid.ts) or, for a
// file it leaves aside, through exceljs, to the same Grid. Browser-safe (the task pane bundles it): no fs, no path,
// no Buffer.
import type { Cell, Workbook, Worksheet } from "exceljs";
import { CellValue, GridCell, MergeArea, SheetGrid, SheetVisibility, WorkbookGrid } from "../engine/grid";
import { CELL_TYPE, loadExcelJS } from "./exceljs";
import { readGridFast } from "./fast-grid";
import { sniffFile } from "./sniff";

/** Why a workbook could not be read; lets the CLI and the task pane react without parsing the message. */
export type WorkbookReadProblem =
  | "not-xlsx"
  | "encrypted"
  | "legacy-xls"
  | "damaged"
  | "no-worksheet"
  | "unreadable-file";

export const READ_MESSAGES: Record<WorkbookReadProblem, string> = {
  "not-xlsx": "文件不是有效的 Excel 工作簿（.xlsx）",
  encrypted: "工作簿已加密，请先在 Excel 中取消密码后再试",
  "legacy-xls": "文件是旧版 Excel 97–2003 格式（.xls），本工具不支持，请在 Excel 中另存为 .xlsx 后再试",
  damaged: "文件已损坏或不完整（可能未下载或复制完整），无法作为 Excel 工作簿读取",
  "no-worksheet": "工作簿中没有工作表",
  "unreadable-file": "无法读取文件",
};

/** A workbook that cannot be read; the message is one Chinese sentence meant for the user, never a stack trace. */
export class WorkbookReadError extends Error {
  readonly problem: WorkbookReadProblem;

  constructor(problem: WorkbookReadProblem, message: string = READ_MESSAGES[problem]) {
    super(message);
    this.name = "WorkbookReadError";
    this.problem = problem;
  }
}

export function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Whether the zip holds an .xlsx workbook part (exceljs reads exactly this name, a leading "/" aside). */
function hasWorkbookPart(entries: string[]): boolean {
  return entries.some((name) => name.replace(/^\//, "") === "xl/workbook.xml");
}

/** Refuses, with the reason a user understands, bytes that are not an .xlsx container at all. */
function checkContainer(bytes: Uint8Array): void {
  const sniffed = sniffFile(bytes);
  switch (sniffed.kind) {
    case "empty":
      throw new WorkbookReadError("not-xlsx", "文件是空的，不是有效的 Excel 工作簿（.xlsx）");
    case "encrypted":
      throw new WorkbookReadError("encrypted");
    case "legacy-xls":
      throw new WorkbookReadError("legacy-xls");
    case "truncated-zip":
      throw new WorkbookReadError("damaged");
    case "unknown":
      throw new WorkbookReadError("not-xlsx");
    case "zip":
      // A zip without the workbook part is some other document (.docx, .ods, an archive) renamed to .xlsx.
      if (sniffed.entries && !hasWorkbookPart(sniffed.entries)) throw new WorkbookReadError("not-xlsx");
      break;
  }
}

/**
 * Loads the bytes into an exceljs Workbook, turning every way it can fail into a WorkbookReadError. Shared with
 * write.ts, which loads the original again to apply edits.
 */
export async function loadExcelWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = toBytes(data);
  checkContainer(bytes);
  const { Workbook } = await loadExcelJS();
  const workbook = new Workbook();
  try {
    // exceljs types its input as a Node Buffer, but reads any Uint8Array (JSZip underneath), also in a browser.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // The container was sound, so the parts inside are broken (bad compression, malformed XML) or use something
    // exceljs cannot follow; either way, saving it again from Excel is the user's way out.
    throw new WorkbookReadError(
      "damaged",
      "文件内容已损坏或含有无法解析的部分，请在 Excel 中打开并另存为 .xlsx 后再试"
    );
  }
  if (workbook.worksheets.length === 0) throw new WorkbookReadError("no-worksheet");
  return workbook;
}

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

/**
 * Reads an .xlsx file's bytes into a Grid: every worksheet, in workbook order. The fast reader (fast-grid.ts) reads
 * the parts the Grid needs directly; a file it does not follow is read through exceljs, to the very same Grid.
 */
export async function gridFromXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookGrid> {
  const bytes = toBytes(data);
  checkContainer(bytes);
  const fast = await readGridFast(bytes, name);
  if ("grid" in fast) return fast.grid;
  const workbook = await loadExcelWorkbook(bytes);
  return { name, sheets: workbook.worksheets.map(sheetGridOf) };
}
