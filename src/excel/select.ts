/// <reference types="office-js" />
// Clicking a finding shows its cell: the sheet is activated and the cell selected. Excel cannot activate a hidden
// sheet, so the sheet's visibility is read first and a hidden sheet gets a sentence instead of Excel's error.
import { ExcelHostError } from "./errors";

export async function selectCell(context: Excel.RequestContext, sheetName: string, cell: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("visibility");
  await context.sync();
  if (sheet.visibility === "VeryHidden") {
    // Excel's own menus cannot unhide such a sheet: only a macro or another program can.
    throw new ExcelHostError(
      "HiddenSheet",
      `工作表“${sheetName}”被设为“深度隐藏”（VeryHidden），在 Excel 界面中无法取消隐藏，因此无法定位 ${cell}：请用 VBA 编辑器（Alt+F11）将其 Visible 属性改为 xlSheetVisible，或请制表人处理`
    );
  }
  if (sheet.visibility !== "Visible") {
    throw new ExcelHostError("HiddenSheet", `工作表“${sheetName}”已隐藏，请先取消隐藏（右键工作表标签 → 取消隐藏）再定位 ${cell}`);
  }
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
