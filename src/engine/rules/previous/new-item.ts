// A functional code this year's tables list and last year's do not: a new 项 (or 款, 类) has no 上年决算数, so a
// "与上年相比" sentence about it cannot be checked against last year. Said once per new code, as 信息.
import { Rule } from "../../rule";
import { PUBLIC_TITLES, PublicKind } from "../../tables";

export const previousNewItem: Rule = {
  meta: {
    id: "previous/new-item",
    severity: "info",
    title: "本年新增的支出科目（上年决算中没有）",
    titleEn: "Functional code new this year",
    docs: "给出上年决算工作簿时：本年公开05表（无05表时03表）中有金额、上年同表没有的功能分类科目，逐个说明（类新增时不再逐项重复）。",
    messages: { newItem: "科目“{{code}} {{name}}”为本年新增：上年决算{{table}}中没有此科目，无上年决算数可比" },
  },
  check(context) {
    for (const item of context.tables.crossYear?.newItems ?? []) {
      context.report({
        severity: "info",
        table: item.table,
        sheet: item.cell.sheet,
        cell: item.cell.address,
        related: [],
        expected: null,
        actual: null,
        messageId: "newItem",
        data: { code: item.code, name: item.name, table: PUBLIC_TITLES[item.table as PublicKind] },
      });
    }
  },
};
