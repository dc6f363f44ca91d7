// 04 财政拨款收入支出决算总表: 本年支出合计 is the sum of the expense categories, in each of its four columns.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { EXPENSE_COLUMNS_04, categoryRows, columnLabel } from "../../figures/layout";

export const t04ExpenseTotal: Rule = {
  meta: {
    id: RULE_IDS.t04ExpenseTotal,
    severity: "error",
    title: "财政拨款收入支出决算总表：本年支出合计应等于各类支出之和",
    titleEn: "Table 04: expense total equals the sum of the categories, per column",
    docs: "公开04表本年支出合计的合计、一般公共预算、政府性基金预算、国有资本经营预算各栏 = 各类支出之和；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table = figures.usable("04");
    if (!table) return;
    const categories = categoryRows(table);
    for (const column of EXPENSE_COLUMNS_04) {
      checkIdentity(context, figures, {
        target: ref("04", "out.total", column),
        parts: categories.map((row) => ref("04", row.key, column)),
        message: `本年支出合计（${columnLabel("04", column)}栏）应等于各类支出之和`,
      });
    }
  },
};
