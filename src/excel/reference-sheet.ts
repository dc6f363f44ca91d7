/// <reference types="office-js" />
// 添加参考数据表 in Excel: the 参考数据 sheet `juesuan reference-template` writes, added to the open workbook — one row per
// item the narrative needs, the figures last year's and the budget workbook gave written in, what is still missing
// shaded yellow. Never over an existing 参考数据 sheet (it holds the accountant's figures).
import { REFERENCE_SHEET_NAME } from "../engine/narrative/reference";
import { REFERENCE_COLUMNS, ReferenceColumn } from "../engine/narrative/types";
import { safeCellText } from "./cell-text";
import { ExcelHostError } from "./errors";

/** One row of the sheet: the item, and per column its figure (a decimal string) or whether it is needed. */
export interface ReferenceSheetRow {
  item: string;
  code?: string;
  values: Partial<Record<ReferenceColumn, string>>;
  needed: ReferenceColumn[];
}

const NEEDED = "#FFF2CC";
const HEADER = ["项目", "科目编码", ...REFERENCE_COLUMNS];

export async function writeReferenceSheet(context: Excel.RequestContext, rows: ReferenceSheetRow[]): Promise<string> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (worksheets.items.some((sheet) => sheet.name === REFERENCE_SHEET_NAME)) {
    throw new ExcelHostError("ItemAlreadyExists", `工作簿中已有“${REFERENCE_SHEET_NAME}”表，未作改动；如需重新生成，请先删除或改名该表`);
  }
  const sheet = worksheets.add(REFERENCE_SHEET_NAME);
  const top = sheet.getRange("A1:A2");
  top.numberFormat = [["@"], ["@"]];
  top.values = [[REFERENCE_SHEET_NAME], ["金额单位：万元。情况说明中所需、但公开表中没有的数字（上年决算数、年初预算数等），请在黄色单元格中填写。"]];
  sheet.getRange("A1").format.font.bold = true;
  const header = sheet.getRange("A3:E3");
  header.values = [HEADER];
  header.format.font.bold = true;
  if (rows.length > 0) {
    const last = 3 + rows.length;
    sheet.getRange(`A4:B${last}`).numberFormat = rows.map(() => ["@", "@"]);
    sheet.getRange(`A4:B${last}`).values = rows.map((row) => [safeCellText(row.item), row.code ?? ""]);
    const figures = sheet.getRange(`C4:E${last}`);
    figures.numberFormat = rows.map(() => REFERENCE_COLUMNS.map(() => "#,##0.00"));
    figures.values = rows.map((row) => REFERENCE_COLUMNS.map((column) => (row.values[column] !== undefined ? Number(row.values[column]) : "")));
    rows.forEach((row, i) => {
      REFERENCE_COLUMNS.forEach((column, k) => {
        if (row.needed.includes(column) && row.values[column] === undefined) sheet.getRange(`${"CDE"[k]}${4 + i}`).format.fill.color = NEEDED;
      });
    });
  }
  sheet.getRange("A:E").format.autofitColumns();
  sheet.activate();
  await context.sync();
  return REFERENCE_SHEET_NAME;
}
