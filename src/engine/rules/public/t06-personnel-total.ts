// 06 一般公共预算财政拨款基本支出决算表: 人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { PERSONNEL_CLASSES } from "../../figures/layout";

export const t06PersonnelTotal: Rule = {
  meta: {
    id: RULE_IDS.t06PersonnelTotal,
    severity: "error",
    title: "基本支出决算表：人员经费合计应等于工资福利支出与对个人和家庭的补助之和",
    titleEn: "Table 06: personnel total equals 301 plus 303",
    docs: "公开06表人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("06")) return;
    checkIdentity(context, figures, {
      target: ref("06", "personnelTotal", "amount"),
      parts: PERSONNEL_CLASSES.map((code) => ref("06", code, "amount")),
      message: "人员经费合计应等于工资福利支出（301）与对个人和家庭的补助（303）之和",
    });
  },
};
