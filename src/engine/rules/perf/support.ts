// What every performance-sheet rule shares: how findings name a sheet, where the sheets are, related cells.
//
// Two kinds of figure live on these sheets. Computed ratios (执行率, 完成程度, the 完成值 of 预算执行率) are rounded
// figures: they are checked like any derived figure, exact when equal as shown, 尾差 when the rounding of the
// figures they come from explains the gap (checkDerived). Points (分值) and scores (得分) are typed or computed
// exactly (1.6 × 0.31 = 0.496): a score is rounded only when it differs from its exact product, so a sum of
// thirty scores does not get thirty half-units of tolerance the way a sum of 万元 amounts does.
// derive.ts computes, report.ts words and classes, values.ts says what each derived figure is or will be.
import { formatFigure } from "../../amount";
import { Decimal, roundTo } from "../../decimal";
import { qualify } from "../../grid";
import { PerfProjectSheet, PerfSheet, PerfUnitSheet } from "../../perf/types";
import { RuleContext } from "../../rule";
import { FigureCell } from "../../tables";

export type PerfKind = "perf-unit" | "perf-project";

/** How findings name the sheet (a message's {{sheet}}, the start of its {{subject}}): 项目“招商引资专项经费”, 单位“中共朝阳市委办公室”. */
export function subjectOf(sheet: PerfSheet): string {
  if (sheet.name) return sheet.kind === "perf-unit" ? `单位“${sheet.name}”` : `项目“${sheet.name}”`;
  return `工作表“${sheet.sheet}”的${sheet.kind === "perf-unit" ? "整体" : "项目"}绩效自评表`;
}

export function allUnits(context: RuleContext): PerfUnitSheet[] {
  return context.tables.perfUnits ?? [];
}

export function allProjects(context: RuleContext): PerfProjectSheet[] {
  return context.tables.perfProjects ?? [];
}

/** Cells named relative to the target's sheet, missing ones left out. */
export function relatedCells(target: { sheet: string; address: string }, cells: (FigureCell | undefined)[]): string[] {
  const seen = new Set<string>();
  const related: string[] = [];
  for (const cell of cells) {
    if (!cell) continue;
    const name = qualify(cell.sheet, cell.address, target.sheet);
    if (name === target.address || seen.has(name)) continue;
    seen.add(name);
    related.push(name);
  }
  return related;
}

/** A number as people read it: 146.4 → "146.4", 0.496 → "0.496" (at most `max` decimals). */
export function showNumber(value: Decimal, max = 4): string {
  const rounded = roundTo(value, max);
  return formatFigure(rounded, rounded.decimalPlaces());
}
