// The rebuilt grid of a PDF report written as a new workbook (pdf-to-xlsx), so a person can set it beside the
// PDF and see what was read: values, merges, the figures' number format.
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import { WorkbookWriteError } from "../xlsx/write";
import { PdfWorkbook } from "./layout";

async function pdfWorkbookBytes(pdf: PdfWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "决算助手（由 PDF 读出）";
  for (const sheet of pdf.grid.sheets) {
    const target = workbook.addWorksheet(sheet.name);
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const out = target.getCell(r + 1, c + 1);
        out.value = cell.value as ExcelJS.CellValue;
        if (cell.numFmt !== "General") out.numFmt = cell.numFmt;
      })
    );
    for (const m of sheet.merges) target.mergeCells(m.top, m.left, m.bottom, m.right);
    for (let c = 1; c <= sheet.colCount; c++) target.getColumn(c).width = sheet.colCount === 1 ? 120 : 18;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writePdfWorkbook(pdf: PdfWorkbook, output: string): Promise<void> {
  const bytes = await pdfWorkbookBytes(pdf);
  const target = path.resolve(output);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes, { flag: "wx" });
    await fs.rename(temporary, target);
  } catch {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw new WorkbookWriteError(`无法写入文件 ${output}`);
  }
}
