// 04 财政拨款收入支出决算总表: 本年收入合计 is the sum of its three 财政拨款 income rows.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { FISCAL_COLUMNS_04 } from "../../figures/layout";

export const t04IncomeTotal: Rule = {
  meta: {
    id: RULE_IDS.t04IncomeTotal,
    severity: "error",
    title: "财政拨款收入支出决算总表：本年收入合计应等于三项财政拨款之和",
    titleEn: "Table 04: income total equals the three appropriation incomes",
    docs: "公开04表本年收入合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("04")) return;
    checkIdentity(context, figures, {
      target: ref("04", "in.total", "amount"),
      parts: FISCAL_COLUMNS_04.map((fund) => ref("04", `in.${fund}`, "amount")),
      message: "本年收入合计应等于一般公共预算、政府性基金预算与国有资本经营预算财政拨款之和",
    });
  },
};
