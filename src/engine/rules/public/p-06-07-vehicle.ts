// Plausibility: 06's 公务用车运行维护费 is the 一般公共预算 basic-spending part of 07's 公务用车运行维护费 决算数,
// so it cannot exceed it.
import { Rule } from "../../rule";
import { AT_MOST_MESSAGES, checkAtMost } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { rowByCode, tableName } from "../../figures/layout";

export const p0607Vehicle: Rule = {
  meta: {
    id: RULE_IDS.p0607Vehicle,
    severity: "warning",
    title: "基本支出中的公务用车运行维护费不应超过“三公”经费决算数",
    titleEn: "Vehicle operation in table 06 does not exceed table 07",
    docs: "06表 30231 公务用车运行维护费 ≤ 07表公务用车运行维护费决算数。",
    messages: AT_MOST_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    const table06 = figures.usable("06");
    if (!table06 || !figures.usable("07")) return;
    const row06 = rowByCode(table06, "30231");
    if (!row06) return;
    checkAtMost(context, figures, {
      target: ref("06", row06.key, "amount"),
      bound: ref("07", "vehicleOps", "actual"),
      message: `公务用车运行维护费（30231）不应超过${tableName("07")}公务用车运行维护费的决算数`,
    });
  },
};
