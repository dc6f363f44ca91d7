// 04 财政拨款收入支出决算总表: the two 总计 and the balance between them.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { EXPENSE_COLUMNS_04, columnLabel } from "../../figures/layout";

export const t04GrandTotals: Rule = {
  meta: {
    id: RULE_IDS.t04GrandTotals,
    severity: "error",
    title: "财政拨款收入支出决算总表：收入总计、支出总计及其平衡",
    titleEn: "Table 04: grand totals and their balance",
    docs: "收入总计 = 本年收入合计 + 年初财政拨款结转和结余；支出总计（各栏）= 本年支出合计 + 年末财政拨款结转和结余；收入总计 = 支出总计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("04")) return;
    checkIdentity(context, figures, {
      target: ref("04", "in.grand", "amount"),
      parts: [ref("04", "in.total", "amount"), ref("04", "in.carryIn", "amount")],
      message: "收入总计应等于本年收入合计与年初财政拨款结转和结余之和",
    });
    for (const column of EXPENSE_COLUMNS_04) {
      checkIdentity(context, figures, {
        target: ref("04", "out.grand", column),
        parts: [ref("04", "out.total", column), ref("04", "out.carryOut", column)],
        message: `支出总计（${columnLabel("04", column)}栏）应等于本年支出合计与年末财政拨款结转和结余之和`,
      });
    }
    checkIdentity(context, figures, {
      target: ref("04", "out.grand", "total"),
      parts: [ref("04", "in.grand", "amount")],
      message: "支出总计应等于收入总计",
      fills: false,
    });
  },
};
