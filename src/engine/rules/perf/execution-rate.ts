// 执行率 = 执行数 ÷ 预算数: the project sheet's 执行率 (全年执行数 ÷ 项目预算金额) and each 整体 sheet task's 项目执行率
// (项目执行金额 ÷ 项目下达金额). The 整体 sheets of the sample show whole percents (98.00% for 98.29%): a 尾差
// whose explanation says so.
import { Rule } from "../../rule";
import { asRatio } from "./derive";
import { DERIVED_MESSAGES, FILL_MESSAGES, percentShape, reportDerived, reportUncomputable } from "./report";
import { allProjects, allUnits, subjectOf } from "./support";
import { fundRateDerivation, projectRateDerivation, projectRateShape, taskRateDerivation, taskRateShape } from "./values";
import { amountIn } from "../../tables";

export const executionRate: Rule = {
  meta: {
    id: "perf/execution-rate",
    severity: "error",
    title: "执行率应等于执行数除以预算数",
    titleEn: "Execution rate equals spending over budget",
    docs: "项目绩效自评表：执行率 = 全年执行数 ÷ 项目预算金额（全国通用表资金表各行：全年执行数 ÷ 全年预算数）；整体绩效自评表：项目执行率 = 项目执行金额 ÷ 项目下达金额。按显示的小数位取整或取整到整数百分比属尾差。",
    messages: {
      ...DERIVED_MESSAGES,
      ...FILL_MESSAGES,
      // A 整体 sheet's 项目执行率 shown in whole percent, as the setting says the sheets do.
      roundingWholePercent:
        "{{subject}}为 {{arithmetic}}，表中为 {{actual}}，本表项目执行率按整数百分比取整（{{computed}} → {{coarse}}），与“项目执行率取整到整数百分比”的设置一致，属四舍五入尾差（可不处理）",
      noBudget: "{{subject}}无法核对：预算数为空或为 0，执行率不能计算",
    },
  },
  check(context) {
    for (const sheet of allProjects(context)) {
      const shown = amountIn(sheet.rate);
      reportDerived(context, {
        table: "perf-project",
        target: sheet.rate,
        shown: shown ? asRatio(shown) : null,
        inputs: [sheet.spent, sheet.budget],
        subject: `${subjectOf(sheet)}：执行率`,
        derivation: projectRateDerivation(sheet),
        fill: projectRateShape(sheet),
      });
      if (!projectRateDerivation(sheet)) {
        reportUncomputable(context, {
          table: "perf-project",
          target: sheet.rate,
          inputs: [sheet.spent, sheet.budget],
          subject: `${subjectOf(sheet)}：执行率`,
          messageId: "noBudget",
        });
      }
    }
    // The other rows of the national forms' 资金 block (其中：当年财政拨款 …, and a 整体 sheet's 年度资金总额) where they show a 执行率.
    for (const sheet of [...allProjects(context), ...allUnits(context)]) {
      for (const fund of sheet.funds ?? []) {
        if (!fund.rate || (sheet.kind === "perf-project" && fund.rate === sheet.rate)) continue;
        const shown = amountIn(fund.rate);
        reportDerived(context, {
          table: sheet.kind,
          target: fund.rate,
          shown: shown ? asRatio(shown) : null,
          inputs: [fund.spent, fund.budget ?? fund.yearStart],
          subject: `${subjectOf(sheet)}：资金表“${fund.label}”的执行率`,
          derivation: fundRateDerivation(fund),
          fill: percentShape([fund.rate], 4),
        });
        if (!fundRateDerivation(fund)) {
          reportUncomputable(context, {
            table: sheet.kind,
            target: fund.rate,
            inputs: [fund.spent, fund.budget ?? fund.yearStart],
            subject: `${subjectOf(sheet)}：资金表“${fund.label}”的执行率`,
            messageId: "noBudget",
          });
        }
      }
    }
    const whole = context.settings.wholePercentExecutionRate;
    for (const sheet of allUnits(context)) {
      for (const task of sheet.tasks) {
        const shown = amountIn(task.rate);
        reportDerived(context, {
          table: "perf-unit",
          target: task.rate,
          shown: shown ? asRatio(shown) : null,
          inputs: [task.spent, task.issued],
          subject: `${subjectOf(sheet)}：“${task.name}”的项目执行率`,
          derivation: taskRateDerivation(task),
          fill: taskRateShape(sheet, context.settings),
          coarserMessageId: (coarse) => (whole && /^-?\d+%$/.test(coarse) ? "roundingWholePercent" : undefined),
        });
      }
    }
  },
};
