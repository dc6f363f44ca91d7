// The figure a check of another kind (the narrative) should use for a 公开 table cell: the cell as shown or, when
// it is a blank derived cell (a 合计 not typed yet), the value fill would write. A narrative sentence restating a
// total that is still blank is then checked against that total-to-be, never against 0.
import { WorkbookTables } from "../../rule";
import { FigureCell, PublicKind } from "../../tables";
import { FigureRef, figuresOf } from "./figures";

const refsByTables = new WeakMap<WorkbookTables, Map<string, FigureRef>>();

function refOf(tables: WorkbookTables, cell: FigureCell): FigureRef | undefined {
  let refs = refsByTables.get(tables);
  if (!refs) {
    refs = new Map();
    for (const [kind, table] of Object.entries(tables.public)) {
      if (!table) continue;
      for (const row of table.rows) {
        for (const [column, figure] of Object.entries(row.cells)) {
          if (figure) refs.set(`${figure.sheet}!${figure.address}`, { table: kind as PublicKind, row: row.key, column });
        }
      }
    }
    refsByTables.set(tables, refs);
  }
  return refs.get(`${cell.sheet}!${cell.address}`);
}

export function effectiveCell(tables: WorkbookTables, cell: FigureCell): FigureCell {
  if (cell.state !== "blank") return cell;
  const ref = refOf(tables, cell);
  if (!ref) return cell;
  const figures = figuresOf(tables);
  const effective = figures.effective(ref);
  if (!effective || effective.state !== "amount") return effective ?? cell;
  // The stand-in is a sum of rounded parts: it carries their rounding, not just half its last digit.
  return { ...effective, roundingRadius: figures.halfWidth(ref) };
}
