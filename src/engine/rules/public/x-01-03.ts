// Between 01 收入支出决算总表 and 03 支出决算表: 本年支出合计 and each expense category restate 03's 合计 and 类 rows.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { categoryCode, categoryRows, codeOf, plainName, rowByCode, rowLabel, tableName } from "../../figures/layout";

export const x0103: Rule = {
  meta: {
    id: RULE_IDS.x0103,
    severity: "error",
    title: "表间：收入支出决算总表与支出决算表",
    titleEn: "Tables 01 and 03: expense figures agree",
    docs: "01表本年支出合计 = 03表合计的本年支出合计；01表每一类支出 = 03表同一类级科目的本年支出合计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table01 = figures.usable("01");
    const table03 = figures.usable("03");
    if (!table01 || !table03) return;
    const in03 = tableName("03");
    checkIdentity(context, figures, {
      target: ref("01", "out.total", "amount"),
      parts: [ref("03", "total", "total")],
      message: `本年支出合计应等于${in03}合计行的本年支出合计`,
    });
    const categories = categoryRows(table01);
    for (const row of categories) {
      const code = categoryCode(row);
      const row03 = rowByCode(table03, code);
      checkIdentity(context, figures, {
        target: ref("01", row.key, "amount"),
        parts: [ref("03", row03?.key ?? code, "total")],
        message: () => `${plainName(row.name) || code}应等于${in03}“${row03 ? rowLabel(row03) : code}”的本年支出合计`,
      });
    }
    // A 类 spent in 03 that 01 has no row for cannot be restated there.
    const listed = new Set(categories.map(categoryCode));
    for (const row of table03.rows) {
      const code = codeOf(row);
      if (code?.length !== 3 || listed.has(code)) continue;
      checkIdentity(context, figures, {
        target: ref("03", row.key, "total"),
        parts: [],
        message: `“${rowLabel(row)}”在${tableName("01")}中没有对应的支出行`,
      });
    }
  },
};
