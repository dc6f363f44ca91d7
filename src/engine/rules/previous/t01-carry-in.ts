// 公开01表: this year's 年初结转和结余 is last year's 年末结转和结余 (the finance system's 上年数据核对).
import { Rule } from "../../rule";
import { CARRY_MESSAGES, checkCarry, previousOf, reportTableMissingLastYear } from "./support";

export const previousT01CarryIn: Rule = {
  meta: {
    id: "previous/t01-carry-in",
    severity: "error",
    title: "收入支出决算总表：年初结转和结余应等于上年年末结转和结余",
    titleEn: "Table 01: opening balance equals last year's closing balance",
    docs: "给出上年决算工作簿（--previous）时：本年公开01表年初结转和结余 = 上年公开01表年末结转和结余，超出四舍五入即为错误。",
    messages: CARRY_MESSAGES,
  },
  check(context) {
    const previous = previousOf(context);
    if (!previous || reportTableMissingLastYear(context, previous, "01", "年初结转和结余")) return;
    checkCarry(context, previous, { kind: "01", opening: ["in.carryIn", "amount"], closing: ["out.carryOut", "amount"], subject: "年初结转和结余" });
  },
};
