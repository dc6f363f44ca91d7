// Runs one narrative rule over a real report's committed workbook (tests/fixtures/real), its 情况说明 as printed or
// with one paragraph edited. Figures are found by the words before them and changed by arithmetic on what the
// fixture says, never typed in.
import { runRules } from "../../../../src/engine";
import { Finding } from "../../../../src/engine/finding";
import { sheetFromRows, WorkbookGrid } from "../../../../src/engine/grid";
import { FigureAccount, figureQuote, narrativeAccount } from "../../../../src/engine/narrative/accounting";
import { narrativeFromSheet } from "../../../../src/engine/narrative/recognize";
import { referenceFromSheet } from "../../../../src/engine/narrative/reference";
import { recognizeWorkbook } from "../../../../src/engine/recognize";
import { DEFAULT_SETTINGS, Rule, WorkbookTables } from "../../../../src/engine/rule";
import { RealId, realGrid } from "../../../fixtures/real/fixtures";
import { mutated } from "../../narrative/real";

const loaded = new Map<RealId, Promise<{ grid: WorkbookGrid; tables: WorkbookTables }>>();

export function real(id: RealId): Promise<{ grid: WorkbookGrid; tables: WorkbookTables }> {
  let entry = loaded.get(id);
  if (!entry) {
    entry = realGrid(id).then((grid) => ({ grid, tables: recognizeWorkbook(grid) }));
    loaded.set(id, entry);
  }
  return entry;
}

/** The first figure of the report's narrative whose clause contains `words` (and, when given, has `unit`). */
export async function figureOf(id: RealId, words: string, unit?: string): Promise<FigureAccount> {
  const { tables } = await real(id);
  const found = narrativeAccount(tables).figures.find((a) => figureQuote(a).replace(/\s/g, "").includes(words) && (unit === undefined || a.figure.unit === unit));
  if (!found) throw new Error(`${id}: no figure after “${words}”`);
  return found;
}

export interface Edit {
  /** The cell (A12) whose text changes. */
  cell: string;
  edit(text: string): string;
}

/** An edit that makes one figure clearly wrong (+37.00 on an amount, +3 points on a percentage). */
export function wrong(account: FigureAccount): Edit {
  return { cell: account.paragraph.cell.address, edit: (t) => t.slice(0, account.figure.start) + mutated(account) + t.slice(account.figure.end) };
}

/** An edit of the paragraph whose text contains `words`. */
export async function editWhere(id: RealId, words: string, edit: (text: string) => string): Promise<Edit> {
  const { tables } = await real(id);
  const cell = tables.narrative!.cells.find((c) => c.text.replace(/\s/g, "").includes(words));
  if (!cell) throw new Error(`${id}: no paragraph with “${words}”`);
  return { cell: cell.address, edit };
}

/** The tables with edits to the narrative, and a 参考数据 sheet when given. */
export async function realTables(id: RealId, edits: Edit[] = [], reference?: (string | number)[][]): Promise<WorkbookTables> {
  const { grid, tables } = await real(id);
  let result: WorkbookTables = { ...tables };
  if (edits.length > 0) {
    const name = tables.narrative!.sheet;
    const sheet = grid.sheets.find((s) => s.name === name)!;
    const cells = sheet.cells.map((row) => (row ? [...row] : row));
    for (const { cell, edit } of edits) {
      const narrativeCell = tables.narrative!.cells.find((c) => c.address === cell)!;
      const old = cells[narrativeCell.row - 1][narrativeCell.col - 1];
      cells[narrativeCell.row - 1][narrativeCell.col - 1] = { ...old, numFmt: old?.numFmt ?? "General", value: edit(narrativeCell.text) };
    }
    result = { ...result, narrative: narrativeFromSheet({ ...sheet, cells }) };
  }
  if (reference) result = { ...result, reference: referenceFromSheet(sheetFromRows("参考数据", reference)) };
  return result;
}

export async function runReal(rule: Rule, id: RealId, edits: Edit[] = [], reference?: (string | number)[][]): Promise<Finding[]> {
  return runRules(await realTables(id, edits, reference), DEFAULT_SETTINGS, [rule]);
}
