// The tables the 绩效自评 rules' cases (*.cases.ts) run on: the 朝阳 sample's five sheets as the PDF prints them
// (tests/engine/perf/sample-sheets.ts, from the one transcription in tests/fixtures/sample-data.ts) and the same
// sheets in the national forms (tests/fixtures/perf-national: national.xlsx and its copies with one figure changed,
// copies.json), each workbook read from disk once per test file. The tables keep the sheets they were built from
// (`grid`), so that a case's findings name their cells by row and column labels, not by typed addresses.
import { readFileSync } from "fs";
// A copy of national.xlsx with one figure changed, as copies.json (written by build.ts) describes it.
import type { ChangedCopy } from "../../../fixtures/perf-national/build";
import { join } from "path";
import { Decimal } from "../../../../src/engine/decimal";
import { CellValue, GridCell, parseAddress, SheetGrid, WorkbookGrid } from "../../../../src/engine/grid";
import { WorkbookTables } from "../../../../src/engine/rule";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { addressOf, valueRightOf, withCell } from "../../perf/sample-sheets";
import { perfTables } from "./run";

const NATIONAL_DIR = join(__dirname, "../../../fixtures/perf-national");

/** The performance tables of these sheets, with the sheets kept beside them. */
export function tablesOf(...sheets: SheetGrid[]): WorkbookTables {
  return { ...perfTables(sheets), grid: { name: "cases.xlsx", sheets } };
}

/** A copy of the sheet with each [address, value] written (undefined: emptied). */
export function changed(sheet: SheetGrid, ...changes: [address: string, value: CellValue | GridCell | undefined][]): SheetGrid {
  return changes.reduce((s, [address, value]) => withCell(s, address, value), sheet);
}

/** Empties a cell as Excel's Delete does: the value goes, its number format stays. */
export function cleared(sheet: SheetGrid, address: string): SheetGrid {
  const format = formatAt(sheet, address);
  return withCell(sheet, address, { value: null, numFmt: format });
}

/**
 * The sheet with the number at `address` replaced by `change` of it (a digit slipped, a total rounded), its
 * number format kept: a figure changed the way a report gets it wrong, without typing the report's figure.
 */
export function reworked(sheet: SheetGrid, address: string, change: (value: Decimal) => Decimal): SheetGrid {
  const { row, col } = parseAddress(address);
  const cell = sheet.cells[row - 1][col - 1]!;
  return withCell(sheet, address, { ...cell, value: change(numberAt(sheet, address)).toNumber() });
}

/** The number a cell holds (a figure the case builds on: a 分值, a 得分). */
export function numberAt(sheet: SheetGrid, address: string): Decimal {
  const { row, col } = parseAddress(address);
  const value = sheet.cells[row - 1]?.[col - 1]?.value;
  if (typeof value !== "number") throw new Error(`${sheet.name}!${address} holds no number`);
  return new Decimal(String(value));
}

function formatAt(sheet: SheetGrid, address: string): string {
  const { row, col } = parseAddress(address);
  return sheet.cells[row - 1]?.[col - 1]?.numFmt ?? "General";
}

const read = new Map<string, Promise<WorkbookGrid>>();

/** A workbook of tests/fixtures/perf-national (national.xlsx or a changed copy), read once. */
export function nationalBook(file = "national.xlsx"): Promise<WorkbookGrid> {
  let book = read.get(file);
  if (!book) {
    book = gridFromXlsx(readFileSync(join(NATIONAL_DIR, file)), file);
    read.set(file, book);
  }
  return book;
}

/** The sheet of a national-form workbook whose name contains `name` ("市委办", "党委专项业务经费"). */
export async function nationalSheet(name: string, file?: string): Promise<SheetGrid> {
  return sheetNamed((await nationalBook(file)).sheets, name);
}

function sheetNamed(sheets: SheetGrid[], name: string): SheetGrid {
  const sheet = sheets.find((s) => s.name.includes(name));
  if (!sheet) throw new Error(`no sheet named like “${name}”`);
  return sheet;
}

/** The sheet of the case's tables whose name contains `name`. */
export function sheetIn(tables: WorkbookTables, name: string): SheetGrid {
  return sheetNamed(tables.grid?.sheets ?? [], name);
}

/** "Sheet!H12": the cell in the row of `row` under the nearest `header` above it, on the case's sheet named like `sheet`. */
export function cellAt(tables: WorkbookTables, sheet: string, row: string, header: string): string {
  const grid = sheetIn(tables, sheet);
  return `${grid.name}!${addressOf(grid, row, header)}`;
}

/** "Sheet!C9": the value cell right of the label `label`, on the case's sheet named like `sheet`. */
export function cellRightOf(tables: WorkbookTables, sheet: string, label: string): string {
  const grid = sheetIn(tables, sheet);
  return `${grid.name}!${valueRightOf(grid, label)}`;
}


const COPIES: ChangedCopy[] = JSON.parse(readFileSync(join(NATIONAL_DIR, "copies.json"), "utf8"));

/** The committed copy `file` (task-total.xlsx …): which cell it changed, to what. */
export function copyOf(file: string): ChangedCopy {
  const copy = COPIES.find((c) => c.file === file);
  if (!copy) throw new Error(`copies.json has no ${file}`);
  return copy;
}

/** A case's name for a committed copy: "national form, 市委办: 执行数 of “…” changed to 800.14 (task-rate.xlsx)". */
export function copyName(copy: ChangedCopy): string {
  return `national form, ${copy.sheet}: ${copy.header} of “${copy.row}” changed to ${copy.value} (${copy.file})`;
}

/** The tables of a committed copy's changed sheet alone. */
export async function copyTables(copy: ChangedCopy): Promise<WorkbookTables> {
  return tablesOf(await nationalSheet(copy.sheet, copy.file));
}
