// The .xlsx host's reading half: any .xlsx (.xlsm, .xltx, .xltm) file's bytes into the engine's Grid, by the lean
// reader (fast-grid.ts), which reads the format itself; exceljs is not on this path. Browser-safe (the task pane
// bundles it): no fs, no path, no Buffer.
import { WorkbookGrid } from "../engine/grid";
import { NotAWorkbook, PartProblem, readXlsxGrid } from "./fast-grid";
import { PackageError } from "./fast/package";
import { CellProblem } from "./fast/worksheet";
import { sniffFile } from "./sniff";

/** Why a workbook could not be read; lets the CLI and the task pane react without parsing the message. */
type WorkbookReadProblem =
  | "not-xlsx"
  | "encrypted"
  | "legacy-xls"
  | "damaged"
  | "no-worksheet"
  | "unreadable-file";

/** How to take a workbook's open password off, in Excel and in WPS, for the message on an encrypted file. */
const REMOVE_PASSWORD =
  "请在 Excel 中输入密码打开，点“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存" +
  "（WPS：“文件 → 文档加密 → 密码加密”，清空打开密码后保存），再用本工具校验";

const READ_MESSAGES: Record<WorkbookReadProblem, string> = {
  "not-xlsx": "文件不是有效的 Excel 工作簿（.xlsx）",
  encrypted: `工作簿设有打开密码（已加密），无法读取其中的内容。${REMOVE_PASSWORD}`,
  "legacy-xls": "文件是旧版 Excel 97–2003 格式（.xls），本工具不支持，请在 Excel 中另存为 .xlsx 后再试",
  damaged: "文件已损坏或不完整（可能未下载或复制完整），无法作为 Excel 工作簿读取",
  "no-worksheet": "工作簿中没有工作表",
  "unreadable-file": "无法读取文件",
};

/** The WPS spreadsheet format (.et, .ett) is a compound file too; its name tells it from an .xls. */
const WPS_MESSAGE = "文件是 WPS 表格格式（.et），本工具不支持，请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再试";
const XLSB_MESSAGE = "文件是 Excel 二进制工作簿（.xlsb），本工具不支持，请在 Excel 中另存为 .xlsx 后再试";
const CONTENT_DAMAGED = "文件内容已损坏或含有无法解析的部分，请在 Excel 中打开并另存为 .xlsx 后再试";

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

const entryKey = (name: string) => name.replace(/^\/+/, "").toLowerCase();

/** Refuses, with the reason a user understands, bytes that are not an .xlsx container at all. */
export function checkContainer(bytes: Uint8Array, name: string): void {
  const sniffed = sniffFile(bytes);
  switch (sniffed.kind) {
    case "empty":
      throw new WorkbookReadError("not-xlsx", "文件是空的，不是有效的 Excel 工作簿（.xlsx）");
    case "encrypted":
      throw new WorkbookReadError("encrypted");
    case "legacy-xls":
      if (/\.ett?$/i.test(name)) throw new WorkbookReadError("legacy-xls", WPS_MESSAGE);
      throw new WorkbookReadError("legacy-xls");
    case "truncated-zip":
      throw new WorkbookReadError("damaged");
    case "unknown":
      throw new WorkbookReadError("not-xlsx");
    case "zip":
      if (sniffed.entries) {
        const keys = sniffed.entries.map(entryKey);
        if (keys.includes("xl/workbook.bin")) throw new WorkbookReadError("not-xlsx", XLSB_MESSAGE);
        // A zip with nothing under xl/ is some other document (.docx, .ods, an archive) renamed to .xlsx.
        if (!keys.some((key) => key.startsWith("xl/"))) throw new WorkbookReadError("not-xlsx");
      }
      break;
  }
}

/** The reader's failure as the user's reason: which sheet or part, and what to do. */
function readProblem(error: unknown): WorkbookReadError {
  if (error instanceof NotAWorkbook) {
    return error.problem === "no-worksheet" ? new WorkbookReadError("no-worksheet") : new WorkbookReadError("not-xlsx");
  }
  if (error instanceof PackageError) return new WorkbookReadError("damaged");
  if (error instanceof PartProblem) {
    const cause = error.cause;
    if (cause instanceof PackageError) return new WorkbookReadError("damaged");
    const cell = cause instanceof CellProblem ? `的 ${cause.address} ` : "的";
    const where = error.sheet !== undefined ? `工作表“${error.sheet}”${cell}` : `部件 ${error.part} 的`;
    return new WorkbookReadError("damaged", `${where}内容已损坏或含有无法解析的部分，请在 Excel 中打开并另存为 .xlsx 后再试`);
  }
  return new WorkbookReadError("damaged", CONTENT_DAMAGED);
}

/**
 * Reads an .xlsx file's bytes into a Grid: every worksheet, in workbook order, by the format. Whatever else the
 * file holds (comments, charts, images, pivot tables, macros) is left unread, never a reason to refuse it.
 */
export async function gridFromXlsx(data: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookGrid> {
  const bytes = toBytes(data);
  checkContainer(bytes, name);
  try {
    return readXlsxGrid(bytes, name);
  } catch (error) {
    throw readProblem(error);
  }
}
