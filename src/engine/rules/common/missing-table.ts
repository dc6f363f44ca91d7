// A disclosure has nine 公开 tables, and the disclosure rules require all nine: a department without such funds keeps
// the empty table with its note. A table that is not found is therefore an error of the report, named; in a
// consolidated review book each department is checked on its own, so each department's missing tables are named.
import { Rule, WorkbookTables } from "../../rule";
import { PUBLIC_KINDS, PUBLIC_TITLES, PublicKind } from "../../tables";
import { qualify } from "../../grid";
import { ReportText, reportTexts } from "../report/text";

/**
 * Whether the title stands at `at` of the text as a title of its own (“3. 支出决算表”, “《支出决算表》”), not as the
 * tail of a longer one (支出决算表 in 一般公共预算财政拨款支出决算表): no Chinese character right before it.
 */
function standsAlone(text: string, at: number): boolean {
  return at === 0 || !/[\u4e00-\u9fa5]/.test(text[at - 1]);
}

/** A text cell that still names the missing table (the report's list of tables, a heading). */
function namedAt(tables: WorkbookTables, kind: PublicKind): ReportText | undefined {
  const title = PUBLIC_TITLES[kind];
  for (const text of reportTexts(tables)) {
    if (text.plain.includes(`公开${kind}表`)) return text;
    for (let at = text.plain.indexOf(title); at >= 0; at = text.plain.indexOf(title, at + 1)) {
      if (standsAlone(text.plain, at)) return text;
    }
  }
  return undefined;
}

const MISSING = "缺少{{table}}（公开{{kind}}表）：部门决算须公开全部九张表，无数据的表也应保留表格并注明“本表无数据”";

export const missingTable: Rule = {
  meta: {
    id: "table/missing",
    severity: "error",
    title: "缺少公开表",
    titleEn: "Disclosure table missing",
    docs: "部门决算公开须包含全部九张公开表（无数据的表也应保留表格并注明）；工作簿中没有找到的公开表（按标题和“公开0N表”标记识别）逐张列为错误，涉及它的表间核对无法进行。",
    messages: {
      missing: `${MISSING}；涉及它的核对未进行`,
      // The report's list of tables (or a heading) still names it: {{listedAt}} is that cell, "Sheet!A1".
      missingButListed: `${MISSING}；报告中 {{listedAt}} 仍列有该表；涉及它的核对未进行`,
    },
  },
  check(context) {
    const present = Object.values(context.tables.public).filter(Boolean);
    // A workbook without any 公开 table (a 绩效 book alone) is not a disclosure: nothing is missing from it.
    if (present.length === 0) return;
    const firstSheet = present[0]!.sheet;
    for (const kind of PUBLIC_KINDS) {
      if (context.tables.public[kind]) continue;
      const listing = namedAt(context.tables, kind);
      const named = listing && qualify(listing.sheet, listing.address, firstSheet);
      context.report({
        severity: "error",
        table: kind,
        sheet: firstSheet,
        cell: "A1",
        related: named ? [named] : [],
        expected: PUBLIC_TITLES[kind],
        actual: null,
        ...(listing
          ? { messageId: "missingButListed", data: { table: PUBLIC_TITLES[kind], kind, listedAt: `${listing.sheet}!${listing.address}` } }
          : { messageId: "missing", data: { table: PUBLIC_TITLES[kind], kind } }),
      });
    }
  },
};
