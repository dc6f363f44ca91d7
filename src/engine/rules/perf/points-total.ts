// The points of a sheet add up to 100: on a project sheet the indicators carry 100 − the 预算执行率 points (90 in
// the sample); on a 整体 sheet the 年度主要任务 and the indicators together carry 100. Points are typed, not
// rounded: any difference is an error (the sample's 招商引资 sheet lost a row: 76.7).
import { Decimal } from "../../decimal";
import { PerfSheet } from "../../perf/types";
import { Rule, RuleContext } from "../../rule";
import { FigureCell } from "../../tables";
import { amountIn, isInvalid } from "../support";
import { allProjects, allUnits, relatedCells, showNumber, subjectOf } from "./support";

function reportPointsTotal(context: RuleContext, sheet: PerfSheet, cells: (FigureCell | undefined)[], expected: Decimal, what: string): void {
  const present = cells.filter((c): c is FigureCell => !!c);
  if (present.length === 0 || present.some(isInvalid) || !sheet.pointsHeaderAddress) return;
  let sum = new Decimal(0);
  for (const cell of present) {
    const amount = amountIn(cell);
    if (amount) sum = sum.plus(amount.value);
  }
  if (sum.eq(expected)) return;
  const terms = present.map(amountIn).flatMap((amount) => (amount ? [showNumber(amount.value)] : []));
  context.report({
    severity: "error",
    table: sheet.kind,
    sheet: sheet.sheet,
    cell: sheet.pointsHeaderAddress,
    related: relatedCells({ sheet: sheet.sheet, address: sheet.pointsHeaderAddress }, present),
    expected: showNumber(expected),
    actual: showNumber(sum),
    message: `${subjectOf(sheet)}：${what}应为 ${showNumber(expected)}，实为 ${showNumber(sum)}，相差 ${showNumber(sum.minus(expected).abs())}`,
    detail: `${terms.join(" + ") || "0"} = ${showNumber(sum)}`,
  });
}

export const pointsTotal: Rule = {
  meta: {
    id: "perf/points-total",
    severity: "error",
    title: "分值合计应为 100 分",
    titleEn: "Points add up to 100",
    docs: "项目绩效自评表各指标分值之和 = 100 − 预算执行率分值（默认 90）；整体绩效自评表年度主要任务与各指标的分值之和 = 100。",
  },
  check(context) {
    const ratePoints = new Decimal(context.settings.executionRatePoints);
    for (const sheet of allProjects(context)) {
      const expected = new Decimal(100).minus(ratePoints);
      const cells = sheet.indicators.map((i) => i.points);
      reportPointsTotal(context, sheet, cells, expected, `各指标分值之和（满分 100 分，预算执行率另占 ${showNumber(ratePoints)} 分）`);
    }
    for (const sheet of allUnits(context)) {
      const cells = [...sheet.tasks.map((t) => t.points), ...sheet.indicators.map((i) => i.points)];
      reportPointsTotal(context, sheet, cells, new Decimal(100), "年度主要任务与各指标的分值之和");
    }
  },
};
