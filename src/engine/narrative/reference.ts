// The 参考数据 sheet: figures the narrative restates that the nine tables do not hold — 上年决算数 for the
// 与上年相比 sentences, 年初预算数 for 完成年初预算的 P%, 本年决算数 for items such as 机关运行经费. The user keeps it
// beside the tables; `juesuan reference-template` writes it with every item the narrative needs, blank.
import { parseCell } from "../amount";
import { cellAddress, SheetGrid, WorkbookGrid } from "../grid";
import { FigureCell } from "../tables";
import { normalizePhrase } from "./text";
import { REFERENCE_COLUMNS, ReferenceColumn, ReferenceData, ReferenceEntry } from "./types";

export const REFERENCE_SHEET_NAME = "参考数据";

const ITEM_HEADERS = ["项目", "项目名称", "科目名称", "名称"];
const CODE_HEADERS = ["科目编码", "编码", "功能分类科目编码"];

interface HeaderRow {
  row: number;
  item: number;
  code?: number;
  columns: Partial<Record<ReferenceColumn, number>>;
}

function cellText(sheet: SheetGrid, row: number, col: number): string {
  const value = sheet.cells[row - 1]?.[col - 1]?.value;
  if (value === null || value === undefined) return "";
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

function findHeader(sheet: SheetGrid): HeaderRow | undefined {
  for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++) {
    const header: HeaderRow = { row: r, item: 0, columns: {} };
    for (let c = 1; c <= sheet.colCount; c++) {
      const text = normalizePhrase(cellText(sheet, r, c));
      if (!text) continue;
      if (!header.item && ITEM_HEADERS.includes(text)) header.item = c;
      else if (header.code === undefined && CODE_HEADERS.includes(text)) header.code = c;
      for (const column of REFERENCE_COLUMNS) {
        if (text === column || text === column.replace(/数$/, "")) header.columns[column] = c;
      }
    }
    if (header.item && Object.keys(header.columns).length > 0) return header;
  }
  return undefined;
}

function figureCell(sheet: SheetGrid, row: number, col: number): FigureCell | undefined {
  const cell = sheet.cells[row - 1]?.[col - 1];
  const parsed = parseCell(cell, { minDecimals: 2 });
  if (parsed.kind === "blank") return undefined;
  return {
    sheet: sheet.name,
    row,
    col,
    address: cellAddress(row, col),
    state: parsed.kind,
    amount: parsed.kind === "amount" ? parsed.amount : undefined,
    problem: parsed.kind === "invalid" ? parsed.reason : undefined,
    formula: !!cell?.formula,
    numFmt: cell?.numFmt ?? "General",
  };
}

/** Reads a 参考数据 sheet: its header row (项目, 科目编码, 上年决算数, 年初预算数, 本年决算数) and the rows under it. */
export function referenceFromSheet(sheet: SheetGrid): ReferenceData | undefined {
  const header = findHeader(sheet);
  if (!header) return undefined;
  const entries: ReferenceEntry[] = [];
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const item = cellText(sheet, r, header.item).trim();
    const code = header.code ? normalizePhrase(cellText(sheet, r, header.code)) : "";
    if (!item && !code) continue;
    const entry: ReferenceEntry = { item, row: r, figures: {} };
    if (/^\d+$/.test(code)) entry.code = code;
    for (const column of REFERENCE_COLUMNS) {
      const col = header.columns[column];
      const figure = col ? figureCell(sheet, r, col) : undefined;
      if (figure) entry.figures[column] = figure;
    }
    entries.push(entry);
  }
  return { sheet: sheet.name, entries };
}

/** The workbook's 参考数据: a sheet of that name, or any sheet with its header row. */
export function recognizeReference(grid: WorkbookGrid): ReferenceData | undefined {
  const named = grid.sheets.find((s) => normalizePhrase(s.name) === REFERENCE_SHEET_NAME);
  const candidates = named ? [named, ...grid.sheets.filter((s) => s !== named)] : grid.sheets;
  for (const sheet of candidates) {
    if (sheet !== named && !/参考|上年|预算/.test(sheet.name)) continue;
    const data = referenceFromSheet(sheet);
    if (data) return data;
  }
  return undefined;
}
