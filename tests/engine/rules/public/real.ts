// The real reports' tables (tests/fixtures/real) for the rules' cases, as the recogniser reads them from the
// committed workbooks, with a figure changed as real reports get them wrong. The grids and the unchanged tables
// are read once per test file: the harness runs many cases on them.
import { WorkbookGrid } from "../../../../src/engine/grid";
import { recognizeWorkbook } from "../../../../src/engine/recognize";
import { WorkbookTables } from "../../../../src/engine/rule";
import { figure, PublicKind } from "../../../../src/engine/tables";
import { RealId, realGrid, shifted, withCell } from "../../../fixtures/real/fixtures";

/** [table, row key, column, change]: "" blanks the cell, "+0.01" / "-37" shifts the report's own figure. */
export type RealChange = [kind: PublicKind, row: string, column: string, change: string];

const grids = new Map<RealId, Promise<WorkbookGrid>>();
const unchanged = new Map<RealId, Promise<WorkbookTables>>();

function gridOf(id: RealId): Promise<WorkbookGrid> {
  let grid = grids.get(id);
  if (!grid) grids.set(id, (grid = realGrid(id)));
  return grid;
}

/** The report's tables as published, or with some figures changed. */
export async function realTables(id: RealId, changes: RealChange[] = []): Promise<WorkbookTables> {
  if (changes.length === 0) {
    let tables = unchanged.get(id);
    if (!tables) unchanged.set(id, (tables = gridOf(id).then((grid) => recognizeWorkbook(grid))));
    return tables;
  }
  const published = await realTables(id);
  let grid = await gridOf(id);
  for (const [kind, row, column, change] of changes) {
    const table = published.public[kind];
    const cell = table && figure(table, row, column);
    if (!cell) throw new Error(`${id}: no cell ${kind} ${row}/${column}`);
    grid = withCell(grid, cell.sheet, cell.address, change === "" ? null : shifted(grid, cell.sheet, cell.address, change));
  }
  return recognizeWorkbook(grid);
}
