// 公开08表 (and 09 in the layouts that carry balances): each row's 年初结转和结余 is last year's 年末结转和结余 of the
// same code. Only codes both years list are compared: a code new this year, or retired, has no balance to carry.
import { Rule } from "../../rule";
import { PublicKind, findRow } from "../../tables";
import { rowSubject } from "../../figures/layout";
import { CARRY_MESSAGES, checkCarry, previousOf } from "./support";

const KINDS: PublicKind[] = ["08", "09"];

export const previousT08CarryIn: Rule = {
  meta: {
    id: "previous/t08-carry-in",
    severity: "error",
    title: "政府性基金（国有资本经营）预算财政拨款表：年初结转和结余应等于上年年末结转和结余",
    titleEn: "Tables 08/09: opening balance of each code equals last year's closing balance",
    docs: "给出上年决算工作簿时：公开08表（及列示结转结余的09表）各科目的年初结转和结余 = 上年同表同科目的年末结转和结余；两年都列示的科目才比较。",
    messages: CARRY_MESSAGES,
  },
  check(context) {
    const previous = previousOf(context);
    if (!previous) return;
    for (const kind of KINDS) {
      const table = context.tables.public[kind];
      const before = previous.public[kind];
      if (!table || !before || !table.columns.includes("carryIn") || !before.columns.includes("carryOut")) continue;
      for (const row of table.rows) {
        if (!findRow(before, row.key)) continue;
        checkCarry(context, previous, {
          kind,
          opening: [row.key, "carryIn"],
          closing: [row.key, "carryOut"],
          subject: `${rowSubject(row)}年初结转和结余`,
        });
      }
    }
  },
};
