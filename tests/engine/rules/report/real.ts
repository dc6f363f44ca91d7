// The real reports' workbooks (tests/fixtures/real) and the sample, read once, and copies of them with one problem
// put in: a cell's text changed, a cell added, a sheet left out. Every text a test puts in is made from the
// fixture's own text (a year, a name, a sentence replaced in place), never typed from the report by hand.
import * as path from "path";
import { checkWorkbook } from "../../../../src/engine";
import { Finding } from "../../../../src/engine/finding";
import { GridCell, SheetGrid, WorkbookGrid, parseAddress } from "../../../../src/engine/grid";
import { recognizeWorkbook } from "../../../../src/engine/recognize";
import { WorkbookTables } from "../../../../src/engine/rule";
import { PublicKind } from "../../../../src/engine/tables";
import { readWorkbookFile } from "../../../../src/xlsx/node";

export const REAL_REPORTS = ["2024-putuo-shehuigongzuobu", "2025-putuo-shengtai", "2025-putuo-wenlvju"] as const;
export type RealReport = (typeof REAL_REPORTS)[number];

const FIXTURES = path.join(__dirname, "../../../fixtures");
const loaded = new Map<string, Promise<WorkbookGrid>>();

function load(file: string): Promise<WorkbookGrid> {
  let grid = loaded.get(file);
  if (!grid) {
    grid = readWorkbookFile(file);
    loaded.set(file, grid);
  }
  return grid;
}

export function realGrid(report: RealReport): Promise<WorkbookGrid> {
  return load(path.join(FIXTURES, "real", `${report}.xlsx`));
}

export function sampleGrid(): Promise<WorkbookGrid> {
  return load(path.join(FIXTURES, "sample.xlsx"));
}

export interface TextAt {
  sheet: string;
  address: string;
  text: string;
}

function addressOf(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/** Every text cell of a sheet (or of the workbook), in order. */
export function textsOf(grid: WorkbookGrid, sheetName?: string): TextAt[] {
  const texts: TextAt[] = [];
  for (const sheet of grid.sheets) {
    if (sheetName !== undefined && sheet.name !== sheetName) continue;
    sheet.cells.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && typeof cell.value === "string") texts.push({ sheet: sheet.name, address: addressOf(r + 1, c + 1), text: cell.value });
      })
    );
  }
  return texts;
}

/** The first text cell whose text matches; throws when there is none (the fixture changed). */
export function findText(grid: WorkbookGrid, pattern: RegExp, sheetName?: string): TextAt {
  const found = textsOf(grid, sheetName).find((t) => pattern.test(t.text));
  if (!found) throw new Error(`no text matches ${pattern} in ${sheetName ?? grid.name}`);
  return found;
}

/** The sheet whose name matches (the Shanghai fixtures name sheets by the table's title). */
export function sheetNamed(grid: WorkbookGrid, pattern: RegExp): SheetGrid {
  const sheet = grid.sheets.find((s) => pattern.test(s.name));
  if (!sheet) throw new Error(`no sheet matches ${pattern}`);
  return sheet;
}

function copySheet(sheet: SheetGrid): SheetGrid {
  return { ...sheet, cells: sheet.cells.map((row) => (row ? [...row] : row)) };
}

/** A copy of the workbook with one cell's value set (a new cell below the table when the address is past its end). */
export function withCell(grid: WorkbookGrid, sheetName: string, address: string, value: string | null): WorkbookGrid {
  const { row, col } = parseAddress(address);
  const sheets = grid.sheets.map((sheet) => {
    if (sheet.name !== sheetName) return sheet;
    const copy = copySheet(sheet);
    while (copy.cells.length < row) copy.cells.push([]);
    const cells = (copy.cells[row - 1] = [...(copy.cells[row - 1] ?? [])]);
    const old = cells[col - 1];
    cells[col - 1] = value === null ? undefined : ({ ...(old ?? { numFmt: "General" }), value } as GridCell);
    copy.rowCount = Math.max(copy.rowCount, row);
    copy.colCount = Math.max(copy.colCount, col);
    return copy;
  });
  if (!sheets.some((s) => s.name === sheetName)) throw new Error(`no sheet ${sheetName}`);
  return { ...grid, sheets };
}

/** A copy with one text cell's text changed by `edit` (which must change it). */
export function withText(grid: WorkbookGrid, at: TextAt, edit: (text: string) => string): WorkbookGrid {
  const text = edit(at.text);
  if (text === at.text) throw new Error(`the edit changes nothing in ${at.sheet}!${at.address}`);
  return withCell(grid, at.sheet, at.address, text);
}

/** A copy without a sheet. */
export function withoutSheet(grid: WorkbookGrid, pattern: RegExp): WorkbookGrid {
  const sheet = sheetNamed(grid, pattern);
  return { ...grid, sheets: grid.sheets.filter((s) => s !== sheet) };
}

/** The findings of one rule on a workbook. */
export function findingsOf(grid: WorkbookGrid, rule: string): Finding[] {
  return checkWorkbook(grid).findings.filter((f) => f.rule === rule);
}

/** "sheet!cell" of each finding, for short expectations. */
export function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.sheet}!${f.cell}`);
}

const recognized = new WeakMap<WorkbookGrid, WorkbookTables>();

/** A workbook's recognised tables (as one department's), for running one rule; recognised once per grid. */
export function tablesOf(grid: WorkbookGrid): WorkbookTables {
  let tables = recognized.get(grid);
  if (!tables) {
    tables = recognizeWorkbook(grid);
    recognized.set(grid, tables);
  }
  return tables;
}

/** A real report's recognised tables, read and recognised once. */
export async function realTables(report: RealReport): Promise<WorkbookTables> {
  return tablesOf(await realGrid(report));
}

/** The sample's recognised tables, read and recognised once. */
export async function sampleTables(): Promise<WorkbookTables> {
  return tablesOf(await sampleGrid());
}

/** "Sheet!A1" of a text cell, as a rule case names the cell of a finding. */
export const cellOf = (at: { sheet: string; address: string }) => `${at.sheet}!${at.address}`;

/** "Sheet!A1" of a 公开 table's top left cell, where the findings about the table as a whole stand. */
export function cornerOf(tables: WorkbookTables, kind: PublicKind): string {
  const table = tables.public[kind];
  if (!table) throw new Error(`no 公开${kind}表`);
  return `${table.sheet}!${table.range.split(":")[0]}`;
}
