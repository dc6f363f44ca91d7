// Between 04 财政拨款收入支出决算总表 and 05 一般公共预算财政拨款支出决算表: 04's 一般公共预算 column restates 05.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { categoryCode, categoryRows, codeOf, plainName, rowByCode, rowLabel, tableName } from "../../figures/layout";

export const x0405: Rule = {
  meta: {
    id: RULE_IDS.x0405,
    severity: "error",
    title: "表间：财政拨款收入支出决算总表与一般公共预算财政拨款支出决算表",
    titleEn: "Tables 04 and 05: general-budget spending agrees",
    docs: "04表本年支出合计（一般公共预算财政拨款）= 05表合计的小计；04表每一类支出（一般公共预算财政拨款）= 05表同一类级科目的小计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table04 = figures.usable("04");
    const table05 = figures.usable("05");
    if (!table04 || !table05) return;
    const in05 = tableName("05");
    checkIdentity(context, figures, {
      target: ref("04", "out.total", "gpb"),
      parts: [ref("05", "total", "total")],
      message: `本年支出合计（一般公共预算财政拨款）应等于${in05}合计行的本年支出小计`,
    });
    const categories = categoryRows(table04);
    for (const row of categories) {
      const code = categoryCode(row);
      const row05 = rowByCode(table05, code);
      checkIdentity(context, figures, {
        target: ref("04", row.key, "gpb"),
        parts: [ref("05", row05?.key ?? code, "total")],
        message: () => `${plainName(row.name) || code}（一般公共预算财政拨款）应等于${in05}“${row05 ? rowLabel(row05) : code}”的本年支出小计`,
      });
    }
    const listed = new Set(categories.map(categoryCode));
    for (const row of table05.rows) {
      const code = codeOf(row);
      if (code?.length !== 3 || listed.has(code)) continue;
      checkIdentity(context, figures, {
        target: ref("05", row.key, "total"),
        parts: [],
        message: `“${rowLabel(row)}”在${tableName("04")}中没有对应的支出行`,
      });
    }
  },
};
