// A 公开 table without figures is kept in the report with a note saying why (07, 08 and 09 of a department without
// 三公 spending or such funds). Kept empty without the note, a reader cannot tell a table with nothing to report
// from one left unfilled.
import { Rule } from "../../rule";
import { PUBLIC_TITLES, PublicKind } from "../../tables";
import { isEmptyTable } from "../../figures/figures";
import { isNoneNote } from "./notes";
import { tableTexts } from "./text";

const MAY_BE_EMPTY: PublicKind[] = ["07", "08", "09"];

export const emptyTableNote: Rule = {
  meta: {
    id: "table/empty-note",
    severity: "warning",
    title: "空表未注明无数据",
    titleEn: "Empty table without its note",
    docs: "公开07、08、09表没有数据时应保留表格，并在表下注明“本单位（部门）本年度没有……，故本表无数据”（或本省的同类说明）。",
    messages: { noNote: "{{table}}（公开{{kind}}表）没有数据，表下未说明原因：应注明“本单位（部门）本年度没有……，故本表无数据”" },
  },
  check(context) {
    if (!context.tables.grid) return;
    for (const kind of MAY_BE_EMPTY) {
      const table = context.tables.public[kind];
      if (!table || !isEmptyTable(table)) continue;
      if (tableTexts(context.tables, table).some((t) => isNoneNote(t.text))) continue;
      context.report({
        severity: "warning",
        table: kind,
        sheet: table.sheet,
        cell: table.range.split(":")[0],
        related: [],
        expected: "本表无数据的说明",
        actual: null,
        messageId: "noNote",
        data: { table: PUBLIC_TITLES[kind], kind },
      });
    }
  },
};
