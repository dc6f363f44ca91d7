// A companion workbook's figure as a 参考数据 cell: renamed so that findings name it "上年:Sheet!A1", and, for an
// item that is a sum of cells (财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营), one cell holding the sum with the
// rounding of all its parts (roundingRadius), placed at the first part that holds a figure.
import { Amount } from "../amount";
import { Decimal, ZERO, halfUnit } from "../decimal";
import { FigureCell } from "../tables";

/** The cell named from the checked workbook as "<prefix>Sheet!A1". */
export function renamed(cell: FigureCell, prefix: string): FigureCell {
  return { ...cell, sheet: prefix + cell.sheet };
}

/**
 * One cell for the sum of `cells` (a blank counts 0); undefined when there is no cell at all (the item is not in
 * the tables) or one is not a figure (its own check says so; a sum built on it would be wrong).
 */
export function sumCell(cells: FigureCell[], prefix: string): FigureCell | undefined {
  if (cells.length === 0 || cells.some((c) => c.state === "invalid")) return undefined;
  if (cells.length === 1) return renamed(cells[0], prefix);
  let value = ZERO;
  let decimals = 0;
  let radius = ZERO;
  for (const cell of cells) {
    if (cell.state !== "amount" || !cell.amount) continue;
    value = value.plus(cell.amount.value);
    decimals = Math.max(decimals, cell.amount.decimals);
    if (!cell.amount.value.isZero()) radius = radius.plus(cell.roundingRadius ?? halfUnit(cell.amount.decimals));
  }
  const at = cells.find((c) => c.state === "amount") ?? cells[0];
  const amount: Amount = { value, decimals: Math.max(decimals, 2), percent: false };
  const sum: FigureCell = { ...at, sheet: prefix + at.sheet, state: value.isZero() && at.state !== "amount" ? "blank" : "amount", amount, formula: false };
  if (radius.gt(halfUnit(amount.decimals))) sum.roundingRadius = radius;
  return sum;
}

/** A figure known to be 0 without a cell of its own (a code the budget table does not list), placed at `at`. */
export function zeroCell(at: FigureCell | { sheet: string; row: number; col: number; address: string }, prefix: string): FigureCell {
  return { sheet: prefix + at.sheet, row: at.row, col: at.col, address: at.address, state: "blank", formula: false, numFmt: "#,##0.00" };
}

export function amountOfCell(cell: FigureCell | undefined): Decimal | undefined {
  if (!cell || cell.state === "invalid") return undefined;
  return cell.state === "amount" && cell.amount ? cell.amount.value : ZERO;
}
