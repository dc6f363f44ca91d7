// Between 05 and 06: 06 details 05's 基本支出, so its 人员经费合计 + 公用经费合计 is 05's 合计 基本支出.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { tableName } from "../../figures/layout";

export const x0506: Rule = {
  meta: {
    id: RULE_IDS.x0506,
    severity: "error",
    title: "表间：一般公共预算财政拨款支出决算表与基本支出决算表",
    titleEn: "Tables 05 and 06: basic spending agrees",
    docs: "05表合计的基本支出 = 06表人员经费合计 + 公用经费合计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("05") || !figures.usable("06")) return;
    checkIdentity(context, figures, {
      target: ref("05", "total", "basic"),
      parts: [ref("06", "personnelTotal", "amount"), ref("06", "publicTotal", "amount")],
      message: `合计行基本支出应等于${tableName("06")}人员经费合计与公用经费合计之和`,
    });
  },
};
