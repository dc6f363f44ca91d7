// 07 “三公”经费: 公务用车购置及运行费 = 公务用车运行维护费 + 公务用车购置费, for 预算数 and 决算数.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { COLUMN_KEYS } from "../../tables";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { columnLabel } from "../../figures/layout";

export const t07Vehicle: Rule = {
  meta: {
    id: RULE_IDS.t07Vehicle,
    severity: "error",
    title: "“三公”经费支出决算表：公务用车购置及运行费应等于运行维护费与购置费之和",
    titleEn: "Table 07: vehicle costs equal operation plus purchase",
    docs: "公开07表公务用车购置及运行费（小计）= 公务用车运行维护费 + 公务用车购置费，预算数、决算数各一栏；为空时可填充。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("07")) return;
    for (const column of COLUMN_KEYS["07"]) {
      checkIdentity(context, figures, {
        target: ref("07", "vehicle", column),
        parts: ["vehicleOps", "vehiclePurchase"].map((item) => ref("07", item, column)),
        message: `公务用车购置及运行费（${columnLabel("07", column)}）应等于公务用车运行维护费与公务用车购置费之和`,
      });
    }
  },
};
