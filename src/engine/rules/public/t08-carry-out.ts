// 08 政府性基金: per row, 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出（小计）.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { rowSubject } from "../../figures/layout";

export const t08CarryOut: Rule = {
  meta: {
    id: RULE_IDS.t08CarryOut,
    severity: "error",
    title: "政府性基金预算财政拨款收入支出决算表：年末结转和结余应等于年初加收入减支出",
    titleEn: "Table 08: closing balance equals opening balance plus income minus spending",
    docs: "公开08表每行年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出小计。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table = figures.usable("08");
    if (!table) return;
    for (const row of table.rows) {
      checkIdentity(context, figures, {
        target: ref("08", row.key, "carryOut"),
        parts: [ref("08", row.key, "carryIn"), ref("08", row.key, "income"), ref("08", row.key, "total", -1)],
        message: `${rowSubject(row)}年末结转和结余应等于年初结转和结余加本年收入减本年支出`,
      });
    }
  },
};
