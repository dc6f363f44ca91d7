// 07 “三公”经费: 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费, for 预算数 and 决算数.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { COLUMN_KEYS } from "../../tables";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { columnLabel } from "../../figures/layout";

export const t07Total: Rule = {
  meta: {
    id: RULE_IDS.t07Total,
    severity: "error",
    title: "“三公”经费支出决算表：合计应等于三项经费之和",
    titleEn: "Table 07: total equals travel abroad + reception + vehicles",
    docs: "公开07表合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费，预算数、决算数各一栏；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("07")) return;
    for (const column of COLUMN_KEYS["07"]) {
      checkIdentity(context, figures, {
        target: ref("07", "total", column),
        parts: ["abroad", "reception", "vehicle"].map((item) => ref("07", item, column)),
        message: `合计（${columnLabel("07", column)}）应等于因公出国（境）费、公务接待费与公务用车购置及运行费之和`,
      });
    }
  },
};
