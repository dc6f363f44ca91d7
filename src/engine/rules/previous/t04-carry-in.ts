// 公开04表: this year's 年初财政拨款结转和结余, in all and for each fund (一般公共预算 / 政府性基金 / 国有资本经营),
// is last year's 年末财政拨款结转和结余 of the same fund.
import { Rule } from "../../rule";
import { CARRY_MESSAGES, checkCarry, previousOf, reportTableMissingLastYear } from "./support";

const FUNDS: { opening: string; closing: string; name: string }[] = [
  { opening: "in.carryIn", closing: "total", name: "" },
  { opening: "in.carryIn.gpb", closing: "gpb", name: "一般公共预算" },
  { opening: "in.carryIn.gov", closing: "gov", name: "政府性基金预算" },
  { opening: "in.carryIn.soe", closing: "soe", name: "国有资本经营预算" },
];

export const previousT04CarryIn: Rule = {
  meta: {
    id: "previous/t04-carry-in",
    severity: "error",
    title: "财政拨款收入支出决算总表：年初财政拨款结转和结余应等于上年年末数（分资金性质）",
    titleEn: "Table 04: opening fiscal balances equal last year's closing balances, by fund",
    docs: "给出上年决算工作簿时：本年公开04表年初财政拨款结转和结余及其一般公共预算、政府性基金预算、国有资本经营预算三项，分别等于上年公开04表年末财政拨款结转和结余的合计及对应列。",
    messages: CARRY_MESSAGES,
  },
  check(context) {
    const previous = previousOf(context);
    if (!previous || reportTableMissingLastYear(context, previous, "04", "年初财政拨款结转和结余")) return;
    for (const fund of FUNDS) {
      checkCarry(context, previous, {
        kind: "04",
        opening: [fund.opening, "amount"],
        closing: ["out.carryOut", fund.closing],
        subject: fund.name ? `年初财政拨款结转和结余（${fund.name}财政拨款）` : "年初财政拨款结转和结余",
      });
    }
  },
};
