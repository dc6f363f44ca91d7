// 06 一般公共预算财政拨款基本支出决算表: 公用经费合计 = 302 + 307 + 310 + 312 + 399.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { PUBLIC_CLASSES } from "../../figures/layout";

export const t06PublicTotal: Rule = {
  meta: {
    id: RULE_IDS.t06PublicTotal,
    severity: "error",
    title: "基本支出决算表：公用经费合计应等于各类公用经费之和",
    titleEn: "Table 06: public-expense total equals 302 + 307 + 310 + 312 + 399",
    docs: "公开06表公用经费合计 = 302 商品和服务支出 + 307 债务利息及费用支出 + 310 资本性支出 + 312 对企业补助 + 399 其他支出；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("06")) return;
    checkIdentity(context, figures, {
      target: ref("06", "publicTotal", "amount"),
      parts: PUBLIC_CLASSES.map((code) => ref("06", code, "amount")),
      message: "公用经费合计应等于商品和服务支出（302）、债务利息及费用支出（307）、资本性支出（310）、对企业补助（312）与其他支出（399）之和",
    });
  },
};
