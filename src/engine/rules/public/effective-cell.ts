// The figure a check of another kind (the narrative) should use for a 公开 table cell: the cell as shown or, when
// it is a blank derived cell (a 合计 not typed yet), the value fill would write. A narrative sentence restating a
// total that is still blank is then checked against that total-to-be, never against 0.
import { memoOn } from "../../memo";
import { WorkbookTables } from "../../rule";
import { FigureCell, PublicKind } from "../../tables";
import { FigureRef, figuresOf } from "./figures";

/** Figure refs by sheet, then by address. */
type RefIndex = Map<string, Map<string, FigureRef>>;

const REFS = Symbol("refs of blank figures");

/**
 * The ref of a blank figure of the tables. Only blank cells are ever looked up, so only they are indexed, with
 * any later figure at the same place (the last one listed wins, as for every figure).
 */
function refOf(tables: WorkbookTables, cell: FigureCell): FigureRef | undefined {
  const refs = memoOn(tables, REFS, indexBlankFigures);
  return refs.get(cell.sheet)?.get(cell.address);
}

function indexBlankFigures(tables: WorkbookTables): RefIndex {
  const refs: RefIndex = new Map();
  for (const [kind, table] of Object.entries(tables.public)) {
    if (!table) continue;
    for (const row of table.rows) {
      for (const column in row.cells) {
        const figure = row.cells[column];
        if (!figure) continue;
        let bySheet = refs.get(figure.sheet);
        if (figure.state !== "blank" && !bySheet?.has(figure.address)) continue;
        if (!bySheet) refs.set(figure.sheet, (bySheet = new Map()));
        bySheet.set(figure.address, { table: kind as PublicKind, row: row.key, column });
      }
    }
  }
  return refs;
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
