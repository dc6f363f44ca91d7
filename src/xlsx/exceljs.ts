// exceljs, loaded on first use. It takes some 300 ms to load in Node (half of a `juesuan check` run) and is the
// largest chunk of the task pane; neither check (fast-grid.ts reads the format) nor fill (patch.ts patches the
// package) needs it. Only the 参考数据 template, which writes a whole new sheet, does.
import type * as ExcelJSModule from "exceljs";
import type { Workbook } from "exceljs";
import { checkContainer, toBytes, WorkbookReadError } from "./read";

export type ExcelJS = typeof ExcelJSModule;

let loading: Promise<ExcelJS> | undefined;

export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "exceljs");
  return loading;
}

/**
 * Loads the bytes into an exceljs Workbook, turning every way it can fail into a WorkbookReadError. For the one
 * writer that builds a whole new sheet (reference-template.ts); never on the check or fill path.
 */
export async function loadExcelWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const bytes = toBytes(data);
  checkContainer(bytes, "");
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

