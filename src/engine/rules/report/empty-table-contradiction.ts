// A table with figures whose note says it has none (“故本表无数据”): one of the two is wrong, and a published table
// must not say both. Conditional notes (“如本表为空，则…”, printed under every 辽宁 table) say nothing of the figures.
import { showAmount } from "../../amount";
import { Rule } from "../../rule";
import { FigureCell, PUBLIC_KINDS, PUBLIC_TITLES, amountIn } from "../../tables";
import { isEmptyTable } from "../../figures/figures";
import { statesNone } from "./notes";
import { tableTexts } from "./text";

export const emptyTableContradiction: Rule = {
  meta: {
    id: "table/empty-note-contradiction",
    severity: "error",
    title: "有数据的表注明本表无数据",
    titleEn: "A table with figures says it has none",
    docs: "公开表中有数，表下说明却写“本表无数据”（或“本表为空”）：数据与说明必有一处有误。",
    messages: {
      // {{figure}}: the table's first figure that is not 0, “A7 为 12.00”, the proof that it has figures.
      saysNone: "{{table}}（公开{{kind}}表）有数据（如 {{figure}}），表下说明却称“{{sentence}}”",
      // Not empty only for a cell that cannot be read (text, #REF!): whether the table has data is not known, so
      // this is a note to look, not an error (input/invalid-figure reports the cell itself).
      unreadableBesideNone: "{{table}}（公开{{kind}}表）表下说明称“{{sentence}}”，但表中 {{cell}} 无法识别，无法核对两者是否相符",
    },
  },
  check(context) {
    if (!context.tables.grid) return;
    for (const kind of PUBLIC_KINDS) {
      const table = context.tables.public[kind];
      if (!table || isEmptyTable(table)) continue;
      const cells = table.rows.flatMap((row) => Object.values(row.cells)).filter((cell): cell is FigureCell => !!cell);
      const figure = cells.find((cell) => !!amountIn(cell) && !amountIn(cell)!.value.isZero());
      const unreadable = figure ? undefined : cells.find((cell) => cell.state === "invalid");
      for (const text of tableTexts(context.tables, table)) {
        const sentence = statesNone(text.text);
        if (!sentence) continue;
        const named = figure ?? unreadable;
        context.report({
          severity: figure ? "error" : "info",
          table: kind,
          sheet: text.sheet,
          cell: text.address,
          related: named ? [named.sheet === text.sheet ? named.address : `${named.sheet}!${named.address}`] : [],
          expected: null,
          actual: sentence,
          ...(figure
            ? { messageId: "saysNone", data: { table: PUBLIC_TITLES[kind], kind, sentence, figure: `${figure.address} 为 ${showAmount(amountIn(figure)!)}` } }
            : { messageId: "unreadableBesideNone", data: { table: PUBLIC_TITLES[kind], kind, sentence, cell: unreadable ? unreadable.address : "某单元格" } }),
        });
      }
    }
  },
};
