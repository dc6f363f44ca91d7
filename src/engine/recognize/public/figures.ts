// Figure cells: each keeps its address, its state (blank / amount / invalid with the reason in Chinese), whether
// it holds a formula and its number format. Amounts are read with at least two decimals: 万元 and 元 tables
// both show cents, and a number in General format ("66.9") was typed, not rounded to one decimal.
import { parseCell } from "../../amount";
import { cellAddress } from "../../grid";
import { FigureCell, PublicKind, TableRow } from "../../tables";
import { mergeName, NoteSink } from "./notes";
import { SheetView } from "./view";

const FIGURE_DECIMALS = 2;

export class FigureReader {
  constructor(
    private readonly view: SheetView,
    private readonly notes: NoteSink,
    private readonly kind: PublicKind,
    /** The table's figure columns, to tell a merge over several figures from a merge over one. */
    private readonly figureColumns: ReadonlySet<number>
  ) {}

  /**
   * The figure at (row, col); undefined inside a merged area but at its top-left, whose value the merge shows.
   */
  read(row: number, col: number): FigureCell | undefined {
    const view = this.view;
    const merge = view.mergeAt(row, col);
    if (merge && (merge.top !== row || merge.left !== col)) return undefined;
    if (merge) {
      let figuresCovered = 0;
      for (let c = merge.left; c <= merge.right; c++) if (this.figureColumns.has(c)) figuresCovered++;
      if (figuresCovered > 1 || merge.bottom > merge.top) {
        this.notes.add(
          this.kind,
          view.name,
          row,
          col,
          `合并单元格 ${mergeName(merge)} 覆盖多个金额，只按左上角 ${cellAddress(row, col)} 的金额核对，其余单元格视为空白`
        );
      }
    }
    const cell = view.cell(row, col);
    const parsed = parseCell(cell, { minDecimals: FIGURE_DECIMALS });
    const figure: FigureCell = {
      sheet: view.name,
      row,
      col,
      address: cellAddress(row, col),
      state: parsed.kind,
      formula: !!cell?.formula,
      numFmt: cell?.numFmt ?? "General",
    };
    if (parsed.kind === "amount") figure.amount = parsed.amount;
    if (parsed.kind === "invalid") figure.problem = parsed.reason;
    return figure;
  }

  /** Figures of one row by key. */
  readRow(row: number, columns: Map<string, number>): Record<string, FigureCell | undefined> {
    const cells: Record<string, FigureCell | undefined> = {};
    // forEach, not for…of: a Map's for…of makes an entry pair and an iterator result per column of every row.
    columns.forEach((col, key) => {
      cells[key] = this.read(row, col);
    });
    return cells;
  }
}

/** A figure that counts: an amount other than zero, or an unreadable value. */
export function holdsFigure(cell: FigureCell | undefined): boolean {
  if (!cell) return false;
  if (cell.state === "invalid") return true;
  return cell.state === "amount" && !!cell.amount && !cell.amount.value.isZero();
}

export function rowHoldsFigures(cells: Record<string, FigureCell | undefined>): boolean {
  return Object.values(cells).some(holdsFigure);
}

/** A table without any figure (only blanks and zeros): 08 and 09 of a department without such funds. */
export function isEmptyTable(rows: TableRow[]): boolean {
  return !rows.some((row) => rowHoldsFigures(row.cells));
}
