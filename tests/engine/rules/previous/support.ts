// Where the cross-year rules' findings should be: cells found in the recognised tables, never typed by hand. And
// the sample's tables with its companions (last year's, the budget), as the cases files give the rules.
import { Finding } from "../../../../src/engine/finding";
import { WorkbookGrid } from "../../../../src/engine/grid";
import { recognizeWorkbook } from "../../../../src/engine/recognize";
import { referenceInputsOf } from "../../../../src/engine/reference/inputs";
import { WorkbookTables } from "../../../../src/engine/rule";
import { FigureCell, PublicKind, findRow } from "../../../../src/engine/tables";
import { gridFromXlsx } from "../../../../src/xlsx/read";
import { buildSampleWorkbook } from "../../../fixtures/build-sample";
import { PREVIOUS_YEAR_LINE, previousTables } from "../../../fixtures/previous/build-previous";
import { gridOf, sampleGrid } from "../../reference/helpers";

export function cellIn(grid: WorkbookGrid, kind: PublicKind, row: string, column: string): FigureCell {
  const cell = findRow(recognizeWorkbook(grid).public[kind]!, row)?.cells[column];
  if (!cell) throw new Error(`no ${kind} ${row} ${column}`);
  return cell;
}

export const at = (cell: FigureCell) => `${cell.sheet}!${cell.address}`;
export const where = (f: Finding) => `${f.sheet}!${f.cell}`;

/** The narrative cell whose text holds `words`. */
export function narrativeCellWith(grid: WorkbookGrid, words: string): string {
  const sheet = grid.sheets.find((s) => s.name === "情况说明")!;
  for (let r = 0; r < sheet.cells.length; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const value = cells[c]?.value;
      if (typeof value === "string" && value.includes(words)) return `情况说明!${String.fromCharCode(65 + c)}${r + 1}`;
    }
  }
  throw new Error(`no narrative cell with ${words}`);
}

/** A companion: a file under tests/fixtures/previous, or a grid made in the test. */
export type Companion = string | WorkbookGrid;

/** The sample's tables (or `current`'s) recognised with last year's and/or the budget workbook, as checkWorkbook does. */
export async function tablesWith(previous?: Companion, budget?: Companion, current?: WorkbookGrid): Promise<WorkbookTables> {
  const read = async (g: Companion | undefined) => (typeof g === "string" ? gridOf(g) : g);
  const inputs = referenceInputsOf({ previous: await read(previous), budget: await read(budget) });
  return recognizeWorkbook(current ?? (await sampleGrid()), inputs);
}

/** Last year's workbook built from the sample's 2023 figures with some options changed (another department, no year line). */
export async function previousBuiltWith(options: Parameters<typeof buildSampleWorkbook>[0], name: string): Promise<WorkbookGrid> {
  const bytes = await buildSampleWorkbook({ tables: previousTables(), publicOnly: true, yearLine: PREVIOUS_YEAR_LINE, ...options }).xlsx.writeBuffer();
  return gridFromXlsx(new Uint8Array(bytes), name);
}

/** "Sheet!A1" of a 公开 table's first cell, where a finding about the table as a whole stands. */
export function cornerOf(tables: WorkbookTables, kind: PublicKind): string {
  const table = tables.public[kind];
  if (!table) throw new Error(`no 公开${kind}表`);
  return `${table.sheet}!${table.range.split(":")[0]}`;
}

/** "Sheet!A1" of a figure of the recognised tables. */
export function figureAt(tables: WorkbookTables, kind: PublicKind, row: string, column: string): string {
  const cell = findRow(tables.public[kind]!, row)?.cells[column];
  if (!cell) throw new Error(`no ${kind} ${row} ${column}`);
  return at(cell);
}
