// 06 一般公共预算财政拨款基本支出决算表: each economic 类 (301 工资福利支出 …) is the sum of its 款 (30101 …).
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { codeOf, hierarchyChildren, rowLabel } from "../../figures/layout";

export const t06ClassTotal: Rule = {
  meta: {
    id: RULE_IDS.t06ClassTotal,
    severity: "error",
    title: "基本支出决算表：经济分类各类应等于其下各款之和",
    titleEn: "Table 06: each economic class equals the sum of its items",
    docs: "公开06表 301、302、303、307、310、312、399 各类 = 其下各款之和；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table = figures.usable("06");
    if (!table) return;
    for (const row of table.rows) {
      if (codeOf(row)?.length !== 3) continue;
      const children = hierarchyChildren(table, row.key);
      if (!children) continue;
      checkIdentity(context, figures, {
        target: ref("06", row.key, "amount"),
        parts: children.map((child) => ref("06", child, "amount")),
        message: () => `“${rowLabel(row)}”应等于其下各款之和`,
      });
    }
  },
};
