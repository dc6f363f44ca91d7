// 04 财政拨款收入支出决算总表: on every expense row, 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 财政拨款.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { FISCAL_COLUMNS_04, plainName } from "../../figures/layout";

export const t04ExpenseRowTotal: Rule = {
  meta: {
    id: RULE_IDS.t04ExpenseRowTotal,
    severity: "error",
    title: "财政拨款收入支出决算总表：支出各行合计应等于三项财政拨款之和",
    titleEn: "Table 04: each expense row's total equals its three appropriation columns",
    docs: "公开04表支出方每行合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table = figures.usable("04");
    if (!table) return;
    for (const row of table.rows) {
      if (!row.key.startsWith("out.")) continue;
      checkIdentity(context, figures, {
        target: ref("04", row.key, "total"),
        parts: FISCAL_COLUMNS_04.map((fund) => ref("04", row.key, fund)),
        message: () => `“${plainName(row.name) || row.key}”合计应等于一般公共预算、政府性基金预算与国有资本经营预算财政拨款之和`,
      });
    }
  },
};
