// The figure a check of another kind (the narrative) should use for a 公开 table cell: the cell as shown or, when
// it is a blank derived cell (a 合计 not typed yet), the value fill would write. A narrative sentence restating a
// total that is still blank is then checked against that total-to-be, never against 0.
import { memoOn } from "../memo";
import { compareDecimals, halfUnit } from "../decimal";
import { WorkbookTables } from "../rule";
import { FigureCell, PublicKind } from "../tables";
import { FigureRef, figuresOf } from "./figures";

/** Figure refs by sheet, then by address. */
type RefIndex = Map<string, Map<string, FigureRef>>;

const REFS = Symbol("refs of figures");

/** The ref of a figure of the tables (the last one listed at a place wins, as for every figure). */
function refOf(tables: WorkbookTables, cell: FigureCell): FigureRef | undefined {
  const refs = memoOn(tables, REFS, indexFigures);
  return refs.get(cell.sheet)?.get(cell.address);
}

function indexFigures(tables: WorkbookTables): RefIndex {
  const refs: RefIndex = new Map();
  for (const [kind, table] of Object.entries(tables.public)) {
    if (!table) continue;
    for (const row of table.rows) {
      for (const column in row.cells) {
        const figure = row.cells[column];
        if (!figure) continue;
        let bySheet = refs.get(figure.sheet);
        if (!bySheet) refs.set(figure.sheet, (bySheet = new Map()));
        bySheet.set(figure.address, { table: kind as PublicKind, row: row.key, column });
      }
    }
  }
  return refs;
}

export function effectiveCell(tables: WorkbookTables, cell: FigureCell): FigureCell {
  if (cell.state === "invalid") return cell;
  const ref = refOf(tables, cell);
  if (!ref) return cell;
  const figures = figuresOf(tables);
  const effective = cell.state === "blank" ? figures.effective(ref) : cell;
  if (!effective || effective.state !== "amount" || !effective.amount) return effective ?? cell;
  // A total that is (or will be) exactly the sum of its rounded parts — filled by Juesuan, or typed so — carries their
  // rounding, not just half its last digit: the narrative's 人员经费 1374.42 agrees with a filled 1374.44 within it.
  const radius = figures.halfWidth(ref);
  return compareDecimals(radius, halfUnit(effective.amount.decimals)) > 0 ? { ...effective, roundingRadius: radius } : effective;
}
