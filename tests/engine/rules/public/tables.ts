// Test helpers: build recognised 公开 tables directly (as the recognisers would), with figure cells at plausible
// addresses, and run rules over them.
import { parseFigureText } from "../../../../src/engine/amount";
import { Finding } from "../../../../src/engine/finding";
import { columnLetter } from "../../../../src/engine/grid";
import { runRule } from "../../../../src/engine";
import { DEFAULT_SETTINGS, Rule, WorkbookTables } from "../../../../src/engine/rule";
import { COLUMN_KEYS, FigureCell, PublicKind, PublicTable, TableRow } from "../../../../src/engine/tables";

/**
 * Figures of a row by column key: a string is the cell's shown text ("2,259.73", "0.00", "#REF!"), "" a blank
 * cell, null no cell at all (the column is missing). A column of the table left out is a blank cell.
 */
export type RowFigures = Record<string, string | null>;
export type RowSpec = [key: string, figures?: RowFigures, name?: string];

export const sheetOf = (kind: PublicKind) => `公开${kind}表`;

function columnsOf(kind: PublicKind, key: string): string[] {
  if (kind === "01" || kind === "06") return ["amount"];
  if (kind === "04") return key.startsWith("out.") ? ["total", "gpb", "gov", "soe"] : ["amount"];
  return [...COLUMN_KEYS[kind]];
}

/** Where a row's figures sit: sheet row and the column of each figure, the way the published tables lay them out. */
function layout(kind: PublicKind, rows: RowSpec[]): { row: number; col: (column: string) => number }[] {
  const counters = new Map<string, number>();
  const next = (group: string, first: number) => {
    const row = counters.get(group) ?? first;
    counters.set(group, row + 1);
    return row;
  };
  return rows.map(([key]) => {
    const columns = columnsOf(kind, key);
    if (kind === "01" || kind === "04") {
      // Income on the left (C), expense on the right (F …), side by side on the same sheet rows.
      const out = key.startsWith("out.");
      const row = next(out ? "out" : "in", 7);
      return { row, col: (column: string) => (out ? 6 + columns.indexOf(column) : 3) };
    }
    if (kind === "06") {
      // Three code | name | amount groups side by side: 301/303 (C), 302 (F), 307/310/312/399 (I); totals below.
      if (key === "personnelTotal") return { row: 40, col: () => 3 };
      if (key === "publicTotal") return { row: 40, col: () => 6 };
      const group = /^30[13]/.test(key) ? 3 : key.startsWith("302") ? 6 : 9;
      return { row: next(String(group), 6), col: () => group };
    }
    if (kind === "07") return { row: next("07", 6), col: (column: string) => 2 + columns.indexOf(column) };
    // Coded tables: code in A, name in B, figures from C.
    return { row: next("coded", 8), col: (column: string) => 3 + columns.indexOf(column) };
  });
}

export function figureCell(sheet: string, row: number, col: number, text: string): FigureCell {
  const address = `${columnLetter(col)}${row}`;
  const base = { sheet, row, col, address, formula: false, numFmt: "#,##0.00" };
  const parsed = parseFigureText(text, { minDecimals: 2 });
  if (parsed.kind === "blank") return { ...base, state: "blank" };
  if (parsed.kind === "invalid") return { ...base, state: "invalid", problem: parsed.reason };
  return { ...base, state: "amount", amount: parsed.amount };
}

/** A recognised table from rows of figures. */
export function table(kind: PublicKind, rows: RowSpec[], options: { empty?: boolean } = {}): PublicTable {
  const sheet = sheetOf(kind);
  const places = layout(kind, rows);
  const tableRows: TableRow[] = rows.map(([key, figures = {}, name = ""], index) => {
    const place = places[index];
    const cells: Record<string, FigureCell | undefined> = {};
    for (const column of columnsOf(kind, key)) {
      const text = column in figures ? figures[column] : "";
      if (text === null) continue;
      cells[column] = figureCell(sheet, place.row, place.col(column), text);
    }
    const code = /^\d+$/.test(key) ? key : undefined;
    return { key, code, name, row: place.row, cells };
  });
  const columns = [...new Set(tableRows.flatMap((row) => Object.keys(row.cells)))];
  const empty = options.empty ?? tableRows.every((row) => Object.values(row.cells).every((cell) => cell?.state === "blank"));
  return { kind, sheet, range: "A1:I60", unit: "万元", empty, columns, rows: tableRows };
}

export function workbook(...tables: PublicTable[]): WorkbookTables {
  const result: WorkbookTables = { public: {}, all: [], notes: [] };
  for (const t of tables) {
    result.public[t.kind] = t;
    result.all.push(t);
  }
  return result;
}

/** Runs rules as the engine does (one finding per rule, cell and message), letting an exception through. */
export function run(rules: Rule | Rule[], tables: WorkbookTables, derived?: (cell: FigureCell) => void): Finding[] {
  const findings: Finding[] = [];
  for (const rule of Array.isArray(rules) ? rules : [rules]) runRule(rule, tables, DEFAULT_SETTINGS, derived, findings);
  return findings;
}

/** A finding reduced to what tests compare: "rule severity sheet!cell expected/actual". */
export function brief(finding: Finding): string {
  return `${finding.rule} ${finding.severity} ${finding.sheet}!${finding.cell} ${finding.expected}/${finding.actual}`;
}

/** The address of a figure in a table, "公开03表!D8", for asserting which cell a finding names. */
export function addressOf(tables: WorkbookTables, kind: PublicKind, rowKey: string, column: string): string {
  const cell = tables.public[kind]?.rows.find((row) => row.key === rowKey)?.cells[column];
  if (!cell) throw new Error(`no cell ${kind} ${rowKey} ${column}`);
  return `${cell.sheet}!${cell.address}`;
}

/** Whether a finding names the cell (as its cell or among the cells it was computed from). */
export function names(finding: Finding, qualified: string): boolean {
  const [sheet, address] = qualified.split("!");
  if (finding.sheet === sheet && finding.cell === address) return true;
  return finding.related.some((r) => r === qualified || (finding.sheet === sheet && r === address));
}

/** The findings of one class. */
export function ofClass(findings: Finding[], severity: Finding["severity"]): Finding[] {
  return findings.filter((finding) => finding.severity === severity);
}

/** A finding's cell, qualified: "公开03表!D8". */
export function at(finding: Finding): string {
  return `${finding.sheet}!${finding.cell}`;
}
