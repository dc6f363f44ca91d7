// The PDF host: a published report's PDF read into the same Grid the .xlsx host gives, so the same engine checks
// it; each cell keeps the page and rectangle it was printed in, for findings to point at.
import { WorkbookReadError } from "../xlsx/read";
import { buildPdfWorkbook, PdfWorkbook } from "./layout";
import { readPdfPages } from "./read";

export type { PdfWorkbook, PdfLocation } from "./layout";
export { NARRATIVE_SHEET } from "./layout";

/** The report read from a PDF; `pdfjs`: the pdf.js module to use (the browser's), else the Node build is loaded. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function gridFromPdf(bytes: Uint8Array, fileName: string, pdfjs?: any): Promise<PdfWorkbook> {
  const { pages, imageOnlyPages } = await readPdfPages(bytes, fileName, pdfjs);
  const characters = pages.reduce((n, p) => n + p.texts.reduce((m, t) => m + t.text.trim().length, 0), 0);
  if (characters === 0) {
    throw new WorkbookReadError(
      "unreadable-file",
      imageOnlyPages > 0
        ? `${fileName} 没有文字层（是扫描件或图片），未读取：请使用由 Word/Excel 直接导出的 PDF，或直接校验其工作簿`
        : `${fileName} 中没有可读取的文字`
    );
  }
  return buildPdfWorkbook(pages, fileName);
}
