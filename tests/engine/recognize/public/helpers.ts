// Shared test helpers: recognise one sheet, and show a figure the way findings show it.
import { showAmount } from "../../../../src/engine/amount";
import { SheetGrid } from "../../../../src/engine/grid";
import { recognizePublicTables } from "../../../../src/engine/recognize/public";
import { FigureCell, PublicKind, PublicTable, TableRow } from "../../../../src/engine/tables";

export function recognizeSheets(...sheets: SheetGrid[]) {
  return recognizePublicTables({ name: "test.xlsx", sheets });
}

/** The one table of `kind` the sheets hold; fails the test when there is none. */
export function tableOf(kind: PublicKind, ...sheets: SheetGrid[]): PublicTable {
  const table = recognizeSheets(...sheets).tables.find((t) => t.kind === kind);
  if (!table) throw new Error(`table ${kind} not recognised`);
  return table;
}

export function shown(cell: FigureCell | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.state === "amount" && cell.amount) return showAmount(cell.amount);
  return cell.state;
}

/**
 * A table as rules see it, without addresses: keys, codes and shown figures, row by row. Rows are sorted by key:
 * a 合计 printed last is the same table as a 合计 printed first.
 */
export function projection(table: PublicTable) {
  const byKey = (a: TableRow, b: TableRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.row - b.row);
  return {
    kind: table.kind,
    unit: table.unit,
    empty: table.empty,
    columns: table.columns,
    rows: [...table.rows].sort(byKey).map((row: TableRow) => ({
      key: row.key,
      code: row.code,
      cells: Object.fromEntries(Object.keys(row.cells).sort().map((k) => [k, shown(row.cells[k])])),
    })),
  };
}
