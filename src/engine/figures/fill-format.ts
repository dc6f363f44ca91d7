// The number format fill gives a cell it writes. Here, below the rules, because the figures layer needs it too: read
// as filled (fill's plan), a blank total stands with the format it will be written in, which the total above it
// takes in turn.
import { numberFormatFor } from "../amount";
import { FigureCell } from "../tables";

const isGeneral = (numFmt: string) => /^general$/i.test(numFmt.trim()) || numFmt.trim() === "";

/**
 * The format a filled cell gets: the cell's own when it has one, else that of the figures it is computed from
 * (the table's "#,##0.00"), else two decimals (万元).
 */
export function fillFormat(cell: FigureCell, decimals: number, percent = false, parts: (FigureCell | undefined)[] = []): string {
  if (!isGeneral(cell.numFmt)) return cell.numFmt;
  const partFormat = parts.find((p) => p?.state === "amount" && !isGeneral(p.numFmt) && !p.amount?.percent)?.numFmt;
  return partFormat && !percent ? partFormat : numberFormatFor(decimals, percent);
}
