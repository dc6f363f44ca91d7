// A disclosure has nine 公开 tables. One that is not found is worth saying once, quietly: some workbooks
// keep only the tables being worked on.
import { Rule } from "../../rule";
import { PUBLIC_KINDS, PUBLIC_TITLES } from "../../tables";

export const missingTable: Rule = {
  meta: {
    id: "table/missing",
    severity: "info",
    title: "未找到公开表",
    titleEn: "Disclosure table not found",
    docs: "工作簿中没有找到某张公开表（按标题和“公开0N表”标记识别），涉及它的表间核对无法进行。",
  },
  check(context) {
    const present = Object.values(context.tables.public).filter(Boolean);
    if (present.length === 0) return;
    const firstSheet = present[0]!.sheet;
    for (const kind of PUBLIC_KINDS) {
      if (context.tables.public[kind]) continue;
      context.report({
        severity: "info",
        table: kind,
        sheet: firstSheet,
        cell: "A1",
        related: [],
        expected: null,
        actual: null,
        message: `未找到${PUBLIC_TITLES[kind]}（公开${kind}表），涉及它的核对未进行`,
      });
    }
  },
};
