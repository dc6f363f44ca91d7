// 04 财政拨款收入支出决算总表: 年初财政拨款结转和结余 is the sum of its three sub-rows (one per kind of 财政拨款).
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { CARRY_IN_PARTS_04 } from "../../figures/layout";

export const t04CarryIn: Rule = {
  meta: {
    id: RULE_IDS.t04CarryIn,
    severity: "error",
    title: "财政拨款收入支出决算总表：年初财政拨款结转和结余应等于其下三项之和",
    titleEn: "Table 04: opening carry-over equals its three sub-rows",
    docs: "公开04表年初财政拨款结转和结余 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款三行之和；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("04")) return;
    checkIdentity(context, figures, {
      target: ref("04", "in.carryIn", "amount"),
      parts: CARRY_IN_PARTS_04.map((row) => ref("04", row, "amount")),
      message: "年初财政拨款结转和结余应等于其下一般公共预算、政府性基金预算与国有资本经营预算财政拨款三项之和",
    });
  },
};
