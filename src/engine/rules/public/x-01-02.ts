// Between 01 收入支出决算总表 and 02 收入决算表: the income side of 01 restates the 合计 row of 02.
import { Rule } from "../../rule";
import { SUM_MESSAGES } from "../support";
import { checkIdentity } from "./check";
import { figuresOf, ref } from "../../figures/figures";
import { RULE_IDS } from "../../figures/ids";
import { FISCAL_COLUMNS_04, columnLabel, tableName } from "../../figures/layout";

/** 01 income rows that repeat one 02 合计 column. */
const SAME_INCOME: [row01: string, column02: string][] = [
  ["in.superior", "superior"],
  ["in.business", "business"],
  ["in.operating", "operating"],
  ["in.affiliated", "affiliated"],
  ["in.other", "other"],
];

export const x0102: Rule = {
  meta: {
    id: RULE_IDS.x0102,
    severity: "error",
    title: "表间：收入支出决算总表与收入决算表",
    titleEn: "Tables 01 and 02: income figures agree",
    docs: "01表本年收入合计 = 02表合计；01表三项财政拨款收入之和 = 02表财政拨款收入；上级补助收入、事业收入、经营收入、附属单位上缴收入、其他收入分别相等。",
    messages: SUM_MESSAGES,
  },
  check(context) {
    const figures = figuresOf(context.tables);
    if (!figures.usable("01") || !figures.usable("02")) return;
    const in02 = tableName("02");
    checkIdentity(context, figures, {
      target: ref("01", "in.total", "amount"),
      parts: [ref("02", "total", "total")],
      message: `本年收入合计应等于${in02}合计行的本年收入合计`,
    });
    checkIdentity(context, figures, {
      target: ref("02", "total", "fiscal"),
      parts: FISCAL_COLUMNS_04.map((fund) => ref("01", `in.${fund}`, "amount")),
      message: `合计行财政拨款收入应等于${tableName("01")}一般公共预算、政府性基金预算与国有资本经营预算财政拨款收入之和`,
    });
    for (const [row01, column02] of SAME_INCOME) {
      const label = columnLabel("02", column02);
      checkIdentity(context, figures, {
        target: ref("01", row01, "amount"),
        parts: [ref("02", "total", column02)],
        message: `${label}应等于${in02}合计行的${label}`,
      });
    }
  },
};
