// The 年度主要任务 table's 合计 / 金额合计 row (national 整体 forms): its 预算数 and 执行数 are the tasks' sums (万元, so a
// 尾差 within the rounding of the parts is allowed), its 执行率 is 执行数 ÷ 预算数 of the row, and its 分值 and 得分 are the
// tasks' 分值 and 得分 added up (exact figures).
import { Rule } from "../../rule";
import { isInvalid } from "../support";
import { asRatio } from "./derive";
import { DERIVED_MESSAGES, FILL_MESSAGES, percentShape, reportDerived, reportScoreSum, SCORE_SUM_MESSAGES } from "./report";
import { allUnits, subjectOf } from "./support";
import { MoneySum, taskSums } from "./task-sums";
import { MONEY_SHAPE, taskScoreParts, taskTotalRateDerivation } from "./values";
import { amountIn } from "../../tables";

export const taskTotal: Rule = {
  meta: {
    id: "perf/task-total",
    severity: "error",
    title: "年度主要任务合计应等于各任务之和",
    titleEn: "Task table total equals the sum of the tasks",
    docs: "整体绩效自评表年度主要任务的合计行：预算数、执行数、分值、得分 = 各任务之和（金额允许四舍五入尾差）；执行率 = 合计执行数 ÷ 合计预算数。",
    messages: { ...DERIVED_MESSAGES, ...FILL_MESSAGES, ...SCORE_SUM_MESSAGES },
  },
  check(context) {
    for (const sheet of allUnits(context)) {
      const total = sheet.taskTotal;
      if (!total) continue;
      const subject = `${subjectOf(sheet)}：年度主要任务“${total.name}”行`;
      const sums = taskSums(sheet);
      const money = (cell: typeof total.issued, sum: MoneySum | undefined, what: string) => {
        // No task shows an amount and neither does the total: nothing to check, and a 0 stays blank (as on the 公开 tables).
        if (cell?.state === "blank" && sum?.cells.every((part) => part.state === "blank")) return;
        reportDerived(context, {
          table: "perf-unit",
          target: cell,
          inputs: sum?.cells ?? [],
          subject: `${subject}的${what}`,
          derivation: sum && {
            point: sum.value,
            range: sum.range,
            formula: sum.cells.flatMap((c) => (c.amount ? [c.amount.value.toFixed(Math.max(c.amount.decimals, 2))] : [])).join(" + "),
          },
          fill: MONEY_SHAPE,
        });
      };
      money(total.issued, sums?.issued, "预算数");
      money(total.spent, sums?.spent, "执行数");
      const shownRate = amountIn(total.rate);
      reportDerived(context, {
        table: "perf-unit",
        target: total.rate,
        shown: shownRate ? asRatio(shownRate) : null,
        inputs: [total.spent, total.issued],
        subject: `${subject}的执行率`,
        derivation: taskTotalRateDerivation(sheet),
        fill: percentShape([total.rate], 4),
      });
      const points = sheet.tasks.map((task) => ({ cell: task.points, value: isInvalid(task.points) ? undefined : amountIn(task.points) }));
      for (const [cell, parts, what] of [
        [total.points, points, "分值"],
        [total.score, taskScoreParts(sheet, context.settings), "得分"],
      ] as const) {
        reportScoreSum(context, { table: "perf-unit", target: cell, parts, subject: `${subject}的${what}`, equals: `各任务${what}之和`, fillDecimals: 2 });
      }
    }
  },
};
