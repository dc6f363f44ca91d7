// Writes the 参考数据 sheet `juesuan reference-template` offers: one row per item the narrative needs, with the
// columns 项目 | 科目编码 | 上年决算数 | 年初预算数 | 本年决算数, the needed cells left blank for the accountant (and
// shaded, so it is clear which to fill), the others greyed out. The engine reads it back (narrative/reference.ts).
import { Workbook, Worksheet } from "exceljs";
import { ReferenceTemplateRow } from "../engine/narrative/reference-template";
import { Decimal } from "../engine/decimal";
import { restoreDefaultFont, usesExceljsDefaultFont } from "./default-font";
import { loadExcelWorkbook } from "./exceljs";
import { toBytes } from "./read";
import { REFERENCE_SHEET_NAME } from "../engine/narrative/reference";
import { REFERENCE_COLUMNS, ReferenceColumn } from "../engine/narrative/types";

const HEADER = ["项目", "科目编码", ...REFERENCE_COLUMNS];
const NEEDED_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFFFF2CC" } };
const UNUSED_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE7E6E6" } };
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

interface TemplateItem {
  item: string;
  code?: string;
  columns: Set<ReferenceColumn>;
  /** Figures last year's or the budget workbook gave (juesuan reference-template --previous / --budget). */
  values: Map<ReferenceColumn, Decimal>;
}

/** A template row, with the figure a companion workbook gives for it when there is one. */
type TemplateRow = ReferenceTemplateRow & { value?: Decimal };

/** The template rows grouped by item (one sheet row per item), in their order. */
function groupByItem(rows: TemplateRow[]): TemplateItem[] {
  const items: TemplateItem[] = [];
  for (const row of rows) {
    let item = items.find((i) => i.item === row.item && i.code === row.code);
    if (!item) {
      item = { item: row.item, code: row.code, columns: new Set(), values: new Map() };
      items.push(item);
    }
    item.columns.add(row.column);
    if (row.value) item.values.set(row.column, row.value);
  }
  return items;
}

/**
 * Adds the 参考数据 sheet to `workbook` (a new one, or the user's workbook loaded with exceljs). Refuses when the
 * workbook already has one: the user's figures are never overwritten.
 */
export function addReferenceSheet(workbook: Workbook, rows: TemplateRow[]): Worksheet {
  if (workbook.getWorksheet(REFERENCE_SHEET_NAME)) {
    throw new Error(`工作簿中已有“${REFERENCE_SHEET_NAME}”表，未作改动；如需重新生成，请先删除或改名该表`);
  }
  const sheet = workbook.addWorksheet(REFERENCE_SHEET_NAME);
  sheet.columns = [{ width: 56 }, { width: 12 }, { width: 14 }, { width: 14 }, { width: 14 }];
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.getCell(1, 1).value = REFERENCE_SHEET_NAME;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(1, 1).alignment = { horizontal: "center" };
  sheet.getCell(2, 1).value = "金额单位：万元。情况说明中所需、但公开表中没有的数字（上年决算数、年初预算数等），请在黄色单元格中填写。";
  const header = sheet.getRow(3);
  HEADER.forEach((title, i) => {
    const cell = header.getCell(i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center" };
    cell.border = BORDER;
  });
  groupByItem(rows).forEach((item, i) => {
    const row = sheet.getRow(4 + i);
    row.getCell(1).value = item.item;
    row.getCell(2).value = item.code ?? null;
    row.getCell(2).numFmt = "@";
    for (let c = 1; c <= HEADER.length; c++) row.getCell(c).border = BORDER;
    REFERENCE_COLUMNS.forEach((column, k) => {
      const cell = row.getCell(3 + k);
      cell.numFmt = "#,##0.00";
      const value = item.values.get(column);
      // A figure from last year's or the budget workbook is written, unshaded: only what is still missing is yellow.
      if (value) cell.value = Number(value.toFixed(2));
      else cell.fill = item.columns.has(column) ? NEEDED_FILL : UNUSED_FILL;
    });
  });
  return sheet;
}

/** A new workbook holding only the 参考数据 sheet. */
export function referenceTemplateWorkbook(rows: TemplateRow[]): Workbook {
  const workbook = new Workbook();
  addReferenceSheet(workbook, rows);
  return workbook;
}

/**
 * The user's workbook (its .xlsx bytes) with the 参考数据 sheet added after its other sheets; everything else kept as
 * exceljs carries it (see write.ts for what it cannot). Browser-safe, like write.ts.
 */
export async function addReferenceSheetToXlsx(data: ArrayBuffer | Uint8Array, rows: TemplateRow[]): Promise<Uint8Array> {
  const original = toBytes(data);
  const workbook = await loadExcelWorkbook(original);
  addReferenceSheet(workbook, rows);
  const written = new Uint8Array(await workbook.xlsx.writeBuffer());
  return usesExceljsDefaultFont(workbook) ? written : restoreDefaultFont(original, written);
}
