// The report's whole text as the whole-report rules read it: every text cell of the department's sheets (titles,
// headings, table notes, the 情况说明), each with the table it belongs to, so a finding can name its table.
// 参考数据 is the user's own working sheet, not part of the published report, and is left out.
import { cellAddress, presentRowIndexes, WorkbookGrid } from "../../grid";
import { memoOn } from "../../memo";
import { ReportInput, RuleContext, WorkbookTables } from "../../rule";
import { PublicTable, TableBase } from "../../tables";

export interface ReportText {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** The cell's text as typed. */
  text: string;
  /** The text without spaces (withoutSpaces), as the patterns that read years and figures match it. */
  plain: string;
  /** The kind of table the cell belongs to ("01" … "09", "perf-unit", "narrative"), when it belongs to one. */
  table?: string;
}

const TEXTS = Symbol("reportTexts");
const SPACE = /[\s\u00A0\u3000]/;

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) {
    return (value as { richText: { text: string }[] }).richText.map((r) => r.text).join("");
  }
  return undefined;
}

function topRow(table: TableBase): number {
  return Number(/\d+/.exec(table.range)?.[0] ?? 1);
}

/**
 * The table a cell of a sheet belongs to: the last table of the sheet that starts on or above it (a sheet holding
 * 08 and 09 one below the other gives 08 the rows down to 09's first); a title above the first table is that table's.
 */
function tableAt(onSheet: { table: TableBase; top: number }[], row: number): TableBase | undefined {
  let found = onSheet[0]?.table;
  for (const { table, top } of onSheet) if (top <= row) found = table;
  return found;
}

function collect(tables: WorkbookTables, grid: WorkbookGrid): ReportText[] {
  const bySheet = new Map<string, { table: TableBase; top: number }[]>();
  for (const table of tables.all) {
    const list = bySheet.get(table.sheet) ?? [];
    list.push({ table, top: topRow(table) });
    bySheet.set(table.sheet, list);
  }
  for (const list of bySheet.values()) list.sort((a, b) => a.top - b.top);
  const texts: ReportText[] = [];
  for (const sheet of grid.sheets) {
    if (sheet.name === tables.reference?.sheet || /参考数据/.test(sheet.name)) continue;
    const onSheet = bySheet.get(sheet.name) ?? [];
    // The rows that exist, not the row array's length: a stray value in XFD1048576 must cost nothing here.
    for (const r of presentRowIndexes(sheet)) {
      const row = sheet.cells[r];
      // The row's table, found once the row has a text (most rows hold figures only).
      let table: string | undefined | null = null;
      for (let c = 0; c < row.length; c++) {
        const text = textOf(row[c]?.value);
        if (text === undefined || text.trim() === "") continue;
        if (table === null) table = tableAt(onSheet, r + 1)?.kind;
        texts.push({ sheet: sheet.name, row: r + 1, col: c + 1, address: cellAddress(r + 1, c + 1), text, plain: SPACE.test(text) ? withoutSpaces(text) : text, table });
      }
    }
  }
  return texts;
}

/** Every text cell of the report, in sheet order; none when the tables were built without a workbook. */
export function reportTexts(tables: WorkbookTables): ReportText[] {
  const grid = tables.grid;
  if (!grid) return [];
  return memoOn(tables, TEXTS, () => collect(tables, grid));
}

const BY_TABLE = Symbol("reportTextsByTable");

/** The text cells of one 公开 table: those of its sheet that belong to it (its title, header, notes). */
export function tableTexts(tables: WorkbookTables, table: PublicTable): ReportText[] {
  // By sheet, then by table kind: no key string per text.
  const bySheet = memoOn(tables, BY_TABLE, () => {
    const grouped = new Map<string, Map<string | undefined, ReportText[]>>();
    for (const text of reportTexts(tables)) {
      let onSheet = grouped.get(text.sheet);
      if (!onSheet) grouped.set(text.sheet, (onSheet = new Map()));
      const list = onSheet.get(text.table);
      if (list) list.push(text);
      else onSheet.set(text.table, [text]);
    }
    return grouped;
  });
  return bySheet.get(table.sheet)?.get(table.kind) ?? [];
}

/** Reports a finding at a text cell, naming its table. */
export function reportAtText(context: RuleContext, at: ReportText, finding: Omit<ReportInput, "sheet" | "cell" | "table" | "related">): void {
  context.report({ ...finding, related: [], table: at.table, sheet: at.sheet, cell: at.address });
}

/** Text with the spaces a PDF extraction or a typist leaves inside words taken out: "2024 年 12 月" → "2024年12月". */
export function withoutSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u3000]+/g, "");
}

/** A short excerpt around a match for messages: “…上海市普陀区XX局…”. */
export function excerpt(text: string, start: number, end: number, around = 8): string {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return `${from > 0 ? "…" : ""}${text.slice(from, to).replace(/\s+/g, " ")}${to < text.length ? "…" : ""}`;
}
