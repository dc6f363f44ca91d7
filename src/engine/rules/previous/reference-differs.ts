// A figure typed in 参考数据 that last year's (or the budget) workbook gives differently. The typed one is used — the
// accountant may have restated it — but the difference is worth a look.
import { showAmount } from "../../amount";
import { qualify } from "../../grid";
import { Rule } from "../../rule";

/** {{column}}: 上年决算数 or 年初预算数; {{typed}} the figure typed, {{derived}} the companion's. */
const DIFFERS = "参考数据“{{item}}”的{{column}}为 {{typed}}，";

export const previousReferenceDiffers: Rule = {
  meta: {
    id: "previous/reference-differs",
    severity: "warning",
    title: "参考数据与上年决算（本年预算）工作簿不一致",
    titleEn: "Reference figure differs from the companion workbook",
    docs: "“参考数据”表中填写的上年决算数、年初预算数与上年决算工作簿、本年预算工作簿中的数字不同时提示；核对以填写的数字为准。",
    messages: {
      differsFromPrevious: `${DIFFERS}上年决算工作簿中为 {{derived}}，核对以参考数据为准，请确认`,
      differsFromBudget: `${DIFFERS}本年预算工作簿中为 {{derived}}，核对以参考数据为准，请确认`,
    },
  },
  check(context) {
    for (const conflict of context.tables.crossYear?.conflicts ?? []) {
      const { typed, derived } = conflict;
      const shown = (cell: typeof typed) => (cell.state === "amount" && cell.amount ? showAmount(cell.amount) : "0.00");
      context.report({
        severity: "warning",
        table: "narrative",
        sheet: typed.sheet,
        cell: typed.address,
        related: [qualify(derived.sheet, derived.address, typed.sheet)],
        expected: shown(derived),
        actual: shown(typed),
        messageId: conflict.column === "上年决算数" ? "differsFromPrevious" : "differsFromBudget",
        data: { item: conflict.item, column: conflict.column, typed: shown(typed), derived: shown(derived) },
      });
    }
  },
};
