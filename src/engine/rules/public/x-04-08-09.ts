// Between 04 and 08 / 09: 04's 政府性基金 and 国有资本经营 spending restate the 合计 of 08 and 09.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { tableName } from "../../figures/layout";

export const x040809: Rule = {
  meta: {
    id: RULE_IDS.x040809,
    severity: "error",
    title: "表间：财政拨款收入支出决算总表与政府性基金、国有资本经营预算支出表",
    titleEn: "Tables 04, 08 and 09: fund spending agrees",
    docs: "04表本年支出合计的政府性基金预算财政拨款 = 08表合计的本年支出小计；国有资本经营预算财政拨款 = 09表合计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("04")) return;
    if (figures.usable("08")) {
      checkIdentity(context, figures, {
        target: ref("04", "out.total", "gov"),
        parts: [ref("08", "total", "total")],
        message: `本年支出合计（政府性基金预算财政拨款）应等于${tableName("08")}合计行的本年支出小计`,
      });
    }
    if (figures.usable("09")) {
      checkIdentity(context, figures, {
        target: ref("04", "out.total", "soe"),
        parts: [ref("09", "total", "total")],
        message: `本年支出合计（国有资本经营预算财政拨款）应等于${tableName("09")}合计行的本年支出合计`,
      });
    }
  },
};
