// Plausibility: 05 holds the 一般公共预算财政拨款 part of 03's spending, so no 05 figure exceeds the 03 figure of
// the same code and column.
import { Rule } from "../../rule";
import { AT_MOST_MESSAGES, checkAtMost } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { CODED_COLUMNS, codeOf, columnLabel, rowByCode, rowSubject, tableName } from "../../figures/layout";

export const p05Within03: Rule = {
  meta: {
    id: RULE_IDS.p05Within03,
    severity: "warning",
    title: "一般公共预算财政拨款支出不应超过支出决算表同一科目的支出",
    titleEn: "Table 05 rows do not exceed the table 03 rows of the same code",
    docs: "05表每行的小计、基本支出、项目支出不超过03表同一科目的本年支出合计、基本支出、项目支出（一般公共预算财政拨款是全部支出的一部分）。",
    messages: AT_MOST_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table05 = figures.usable("05");
    const table03 = figures.usable("03");
    if (!table05 || !table03) return;
    for (const row of table05.rows) {
      const code = codeOf(row);
      const row03 = row.key === "total" ? "total" : code ? rowByCode(table03, code)?.key ?? code : undefined;
      if (!row03) continue;
      for (const column of CODED_COLUMNS["05"]) {
        checkAtMost(context, figures, {
          target: ref("05", row.key, column),
          bound: ref("03", row03, column),
          message: `${rowSubject(row)}${columnLabel("05", column)}不应超过${tableName("03")}同一科目的${columnLabel("03", column)}`,
        });
      }
    }
  },
};
