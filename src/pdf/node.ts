// The PDF host on disk, for the CLI.
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookReadError } from "../xlsx/read";
import { gridFromPdf, PdfWorkbook } from "./index";

export function isPdfPath(filePath: string): boolean {
  return /\.pdf$/i.test(filePath);
}

export async function readPdfFile(filePath: string): Promise<PdfWorkbook> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch {
    throw new WorkbookReadError("unreadable-file", `无法读取文件 ${filePath}：文件不存在或没有访问权限`);
  }
  return gridFromPdf(bytes, path.basename(filePath));
}
