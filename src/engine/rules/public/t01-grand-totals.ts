// 01 收入支出决算总表: the two 总计 and the balance between them.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";

export const t01GrandTotals: Rule = {
  meta: {
    id: RULE_IDS.t01GrandTotals,
    severity: "error",
    title: "收入支出决算总表：收入总计、支出总计及其平衡",
    titleEn: "Table 01: grand totals and their balance",
    docs: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余；支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余；收入总计 = 支出总计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("01")) return;
    const amount = (row: string) => ref("01", row, "amount");
    checkIdentity(context, figures, {
      target: amount("in.grand"),
      parts: ["in.total", "in.nonFiscalSurplus", "in.carryIn"].map(amount),
      message: "收入总计应等于本年收入合计、使用非财政拨款结余与年初结转和结余之和",
    });
    checkIdentity(context, figures, {
      target: amount("out.grand"),
      parts: ["out.total", "out.surplusDist", "out.carryOut"].map(amount),
      message: "支出总计应等于本年支出合计、结余分配与年末结转和结余之和",
    });
    checkIdentity(context, figures, {
      target: amount("out.grand"),
      parts: [amount("in.grand")],
      message: "支出总计应等于收入总计",
      fills: false,
    });
  },
};
