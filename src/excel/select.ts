/// <reference types="office-js" />
// Clicking a finding shows its cell: the sheet is activated and the cell selected. Excel cannot activate a hidden
// sheet, so the sheet's visibility is read first and a hidden sheet gets a sentence instead of Excel's error.
import { ExcelHostError } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("visibility");
  await context.sync();
  if (sheet.visibility !== "Visible") {
    throw new ExcelHostError("HiddenSheet", `工作表“${sheetName}”已隐藏，请先取消隐藏（右键工作表标签 → 取消隐藏）再定位 ${cell}`);
  }
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
