// table/empty-note on the real reports' empty tables, which carry their “…故本表无数据” note, and on the sample's
// 辽宁 wording; then with the note taken away, as a report gets it wrong.
import { emptyTableNote } from "../../../../src/engine/rules/report/empty-table-note";
import { ruleCases } from "../harness";
import { cornerOf, findText, realGrid, realTables, sampleGrid, sampleTables, tablesOf, withCell } from "./real";

export const cases = ruleCases(emptyTableNote, {
  valid: [
    { name: "社会工作部: its empty 08 and 09 say “…故本表无数据”", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "生态环境局: its empty 08 and 09 carry their note", tables: () => realTables("2025-putuo-shengtai") },
    { name: "the sample: “如本表为空，则…” under each table", tables: () => sampleTables() },
  ],
  invalid: [
    {
      name: "社会工作部's empty 08 with its note taken away (the template's instruction left)",
      tables: async () => {
        const grid = await realGrid("2024-putuo-shehuigongzuobu");
        const note = findText(grid, /故本表无数据/, "政府性基金预算财政拨款收入支出决算表");
        return tablesOf(withCell(grid, note.sheet, note.address, null));
      },
      findings: (tables) => [{ messageId: "noNote", cell: cornerOf(tables, "08"), severity: "warning" }],
    },
    {
      name: "the sample's empty 08 without its conditional note",
      tables: async () => {
        const grid = await sampleGrid();
        const note = findText(grid, /如本表为空/, "08政府性基金预算财政拨款收入支出决算表");
        return tablesOf(withCell(grid, note.sheet, note.address, null));
      },
      findings: (tables) => [{ messageId: "noNote", cell: cornerOf(tables, "08"), severity: "warning" }],
    },
  ],
});
