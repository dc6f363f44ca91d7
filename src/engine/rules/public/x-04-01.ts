// Between 04 财政拨款收入支出决算总表 and 01 收入支出决算总表: the three 财政拨款 income rows are the same figures.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { FISCAL_COLUMNS_04, columnLabel, tableName } from "../../figures/layout";

export const x0401: Rule = {
  meta: {
    id: RULE_IDS.x0401,
    severity: "error",
    title: "表间：财政拨款收入支出决算总表与收入支出决算总表",
    titleEn: "Tables 04 and 01: appropriation incomes agree",
    docs: "04表一般公共预算、政府性基金预算、国有资本经营预算财政拨款收入分别等于01表第1–3行。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("04") || !figures.usable("01")) return;
    for (const fund of FISCAL_COLUMNS_04) {
      const label = columnLabel("04", fund);
      checkIdentity(context, figures, {
        target: ref("04", `in.${fund}`, "amount"),
        parts: [ref("01", `in.${fund}`, "amount")],
        message: `${label}收入应等于${tableName("01")}的${label}收入`,
      });
    }
  },
};
