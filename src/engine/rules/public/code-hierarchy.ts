// The functional code hierarchy of 02, 03, 05, 08 and 09, in every column: a 类 row is the sum of its 款 rows,
// a 款 row the sum of its 项 rows (by code prefix), 合计 the sum of the 类 rows. A row with no children is a leaf.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { CODED_COLUMNS, CODED_KINDS, childLevelName, columnLabel, hierarchyChildren, rowLabel } from "../../figures/layout";

export const codeHierarchy: Rule = {
  meta: {
    id: RULE_IDS.codeHierarchy,
    severity: "error",
    title: "功能分类科目：上级科目应等于下级科目之和",
    titleEn: "Functional codes: each level equals the sum of the level below",
    docs: "公开02、03、05、08、09表每一栏：合计 = 各类之和，类 = 其下各款之和，款 = 其下各项之和（按科目编码前缀）；合计、类、款为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    for (const kind of CODED_KINDS) {
      const table = figures.usable(kind);
      if (!table) continue;
      for (const row of table.rows) {
        const children = hierarchyChildren(table, row.key);
        if (!children) continue;
        for (const column of CODED_COLUMNS[kind]) {
          checkIdentity(context, figures, {
            target: ref(kind, row.key, column),
            parts: children.map((child) => ref(kind, child, column)),
            message: () => {
              const label = columnLabel(kind, column);
              const level = childLevelName(table, children);
              return row.key === "total" ? `合计行${label}应等于${level}之和` : `“${rowLabel(row)}”${label}应等于其下${level}之和`;
            },
          });
        }
      }
    }
  },
};
