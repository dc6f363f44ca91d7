// A 整体 sheet's 年度主要任务: 得分 = 分值 × 项目执行率 as the sheet shows it (10 × 98.00% = 9.8), at most the 分值.
import { Rule } from "../../rule";
import { DERIVED_MESSAGES, FILL_MESSAGES, reportDerived } from "./report";
import { allUnits, subjectOf } from "./support";
import { SCORE_SHAPE, taskScoreDerivation } from "./values";

export const taskScore: Rule = {
  meta: {
    id: "perf/task-score",
    severity: "error",
    title: "任务得分应等于分值乘以项目执行率",
    titleEn: "Task score equals points times execution rate",
    docs: "整体绩效自评表的年度主要任务：得分 = 分值 × 项目执行率（按表中显示的执行率，超过 100% 按 100% 计）。",
    messages: { ...DERIVED_MESSAGES, ...FILL_MESSAGES },
  },
  check(context) {
    for (const sheet of allUnits(context)) {
      for (const task of sheet.tasks) {
        reportDerived(context, {
          table: "perf-unit",
          target: task.score,
          inputs: [task.points, task.rate],
          subject: `${subjectOf(sheet)}：“${task.name}”的得分`,
          derivation: taskScoreDerivation(task, sheet, context.settings),
          fill: SCORE_SHAPE,
        });
      }
    }
  },
};
