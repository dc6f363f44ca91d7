// 01 收入支出决算总表: 本年支出合计 is the sum of the 26 expense categories (一般公共服务支出 … 抗疫特别国债安排的支出).
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { categoryRows } from "../../figures/layout";

export const t01ExpenseTotal: Rule = {
  meta: {
    id: RULE_IDS.t01ExpenseTotal,
    severity: "error",
    title: "收入支出决算总表：本年支出合计应等于各类支出之和",
    titleEn: "Table 01: expense total equals the sum of the expense categories",
    docs: "公开01表本年支出合计 = 26 个功能分类类级支出之和；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table = figures.usable("01");
    if (!table) return;
    checkIdentity(context, figures, {
      target: ref("01", "out.total", "amount"),
      parts: categoryRows(table).map((row) => ref("01", row.key, "amount")),
      message: "本年支出合计应等于各类支出之和",
    });
  },
};
