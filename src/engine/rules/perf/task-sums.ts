// The 年度主要任务 table's totals (Σ下达, Σ执行) that the 预算执行率 and 预算调整率 indicators restate.
import { formatFigure } from "../../amount";
import { Decimal, ZERO } from "../../decimal";
import { PerfUnitSheet } from "../../perf/types";
import { addIntervals, Interval, intervalOf } from "../../rounding";
import { FigureCell, amountIn } from "../../tables";
import { isInvalid } from "../support";

export interface MoneySum {
  value: Decimal;
  /** What the rounding of the shown amounts allows. */
  range: Interval;
  /** As shown: "1662.10". */
  shown: string;
  cells: FigureCell[];
}

function sumOf(cells: (FigureCell | undefined)[]): MoneySum | undefined {
  let value = ZERO;
  let range: Interval = { lo: ZERO, hi: ZERO };
  let decimals = 2;
  const present: FigureCell[] = [];
  for (const cell of cells) {
    if (!cell) continue;
    if (isInvalid(cell)) return undefined;
    present.push(cell);
    const amount = amountIn(cell);
    if (!amount) continue;
    value = value.plus(amount.value);
    range = addIntervals(range, intervalOf(amount));
    decimals = Math.max(decimals, amount.decimals);
  }
  if (present.length === 0) return undefined;
  return { value, range, shown: formatFigure(value, decimals), cells: present };
}

/** Σ 项目下达金额 and Σ 项目执行金额; undefined when a figure is unreadable or the columns are missing. */
export function taskSums(sheet: PerfUnitSheet): { issued: MoneySum; spent: MoneySum } | undefined {
  const issued = sumOf(sheet.tasks.map((t) => t.issued));
  const spent = sumOf(sheet.tasks.map((t) => t.spent));
  return issued && spent ? { issued, spent } : undefined;
}
