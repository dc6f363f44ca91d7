// The points of a sheet add up to 100: on a project sheet the indicators carry 100 − the 预算执行率 points (90 in
// the sample); on a 整体 sheet the 年度主要任务 and the indicators together carry 100. Points are typed, not
// rounded: any difference is an error (the sample's 招商引资 sheet lost a row: 76.7).
import { Decimal } from "../../decimal";
import { PerfSheet } from "../../perf/types";
import { Rule, RuleContext } from "../../rule";
import { FigureCell, amountIn } from "../../tables";
import { isInvalid } from "../support";
import { allProjects, allUnits, relatedCells, showNumber, subjectOf } from "./support";

/** `messageId` names what adds up to `expected` (projectPoints, unitPoints); `data` fills in the rest of its words. */
function reportPointsTotal(context: RuleContext, sheet: PerfSheet, cells: (FigureCell | undefined)[], expected: Decimal, messageId: string, data: Record<string, string>): void {
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
    messageId,
    data: { ...data, sheet: subjectOf(sheet), expected: showNumber(expected), actual: showNumber(sum), gap: showNumber(sum.minus(expected).abs()) },
    detail: `${terms.join(" + ") || "0"} = ${showNumber(sum)}`,
  });
}

export const pointsTotal: Rule = {
  meta: {
    id: "perf/points-total",
    severity: "error",
    title: "分值合计应为 100 分",
    titleEn: "Points add up to 100",
    docs: "项目绩效自评表各指标分值之和 = 100 − 预算执行率分值（表中项目资金的分值，没有时按设置，默认 90）；整体绩效自评表年度主要任务与各指标的分值之和 = 100；总分行的分值为 100。",
    messages: {
      projectPoints: "{{sheet}}：各指标分值之和（满分 100 分，{{rateItem}}另占 {{ratePoints}} 分）应为 {{expected}}，实为 {{actual}}，相差 {{gap}}",
      unitPoints: "{{sheet}}：{{items}}的分值之和应为 {{expected}}，实为 {{actual}}，相差 {{gap}}",
      totalPoints: "{{sheet}}：总分行的分值应为满分 100，实为 {{actual}}",
    },
  },
  check(context) {
    for (const sheet of allProjects(context)) {
      if (isInvalid(sheet.ratePoints)) continue;
      const ratePoints = amountIn(sheet.ratePoints)?.value ?? new Decimal(context.settings.executionRatePoints);
      const expected = new Decimal(100).minus(ratePoints);
      const cells = sheet.indicators.map((i) => i.points);
      const rateItem = sheet.ratePoints ? "项目资金（预算执行率）" : "预算执行率";
      reportPointsTotal(context, sheet, cells, expected, "projectPoints", { rateItem, ratePoints: showNumber(ratePoints) });
      reportTotalPoints(context, sheet);
    }
    for (const sheet of allUnits(context)) {
      const funds = (sheet.funds ?? []).filter((f) => f.total).map((f) => f.points);
      const cells = [...funds, ...sheet.tasks.map((t) => t.points), ...sheet.indicators.map((i) => i.points)];
      reportPointsTotal(context, sheet, cells, new Decimal(100), "unitPoints", { items: sheet.funds?.length ? "资金、年度主要任务与各指标" : "年度主要任务与各指标" });
      reportTotalPoints(context, sheet);
    }
  },
};

/** The 分值 the 总分 row shows (national forms): the full mark, 100. */
function reportTotalPoints(context: RuleContext, sheet: PerfSheet): void {
  const cell = sheet.totalPoints;
  const shown = amountIn(cell);
  if (!cell || !shown || isInvalid(cell) || shown.value.eq(100)) return;
  context.report({
    severity: "error",
    table: sheet.kind,
    sheet: sheet.sheet,
    cell: cell.address,
    related: [],
    expected: "100",
    actual: showNumber(shown.value),
    messageId: "totalPoints",
    data: { sheet: subjectOf(sheet), actual: showNumber(shown.value) },
  });
}
