// 完成程度 from 运算符号, 指标值 and 全年完成值 (domain.md §5): = and >= forward, min(完成值 ÷ 指标值, 1); <= reverse,
// 1 when met, else 指标值 ÷ 完成值, 0 for an exceeded zero target. A qualitative indicator keeps what was entered.
import { Rule } from "../../rule";
import { asCompletion, deriveCompletion } from "./derive";
import { completionShape, DERIVED_MESSAGES, FILL_MESSAGES, reportDerived } from "./report";
import { allProjects, allUnits, subjectOf } from "./support";
import { amountIn } from "../../tables";

export const completion: Rule = {
  meta: {
    id: "perf/completion",
    severity: "error",
    title: "完成程度应与指标值和完成值相符",
    titleEn: "Completion follows from target and result",
    docs: "正向指标（=、>=）完成程度 = 完成值 ÷ 指标值，最高为 1；反向指标（<=）达成时为 1，否则为 指标值 ÷ 完成值，指标值为 0 时为 0；定性指标不核对。",
    messages: { ...DERIVED_MESSAGES, ...FILL_MESSAGES },
  },
  check(context) {
    for (const sheet of [...allUnits(context), ...allProjects(context)]) {
      const shape = completionShape(sheet.indicators.map((i) => i.completion));
      for (const indicator of sheet.indicators) {
        if (!indicator.operator) continue;
        const shown = amountIn(indicator.completion);
        reportDerived(context, {
          table: sheet.kind,
          target: indicator.completion,
          shown: shown ? asCompletion(shown) : null,
          inputs: [indicator.target, indicator.actual],
          subject: `${subjectOf(sheet)}：“${indicator.name}”的完成程度`,
          derivation: deriveCompletion(indicator),
          fill: shape,
          // 完成程度 shows 1, 0.9 or 0.31: a wrong one is told with two decimals at least.
          minExpectedDecimals: 2,
        });
      }
    }
  },
};
