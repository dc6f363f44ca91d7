// 01 收入支出决算总表: 本年收入合计 is the sum of the eight income items (一般公共预算财政拨款收入 … 其他收入).
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { INCOME_ITEMS_01 } from "../../tables";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";

export const t01IncomeTotal: Rule = {
  meta: {
    id: RULE_IDS.t01IncomeTotal,
    severity: "error",
    title: "收入支出决算总表：本年收入合计应等于各项收入之和",
    titleEn: "Table 01: income total equals the sum of income items",
    docs: "公开01表本年收入合计 = 一般公共预算财政拨款收入 + … + 其他收入（第1–8行）；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("01")) return;
    checkIdentity(context, figures, {
      target: ref("01", "in.total", "amount"),
      parts: INCOME_ITEMS_01.map((item) => ref("01", item, "amount")),
      message: "本年收入合计应等于各项收入之和",
    });
  },
};
