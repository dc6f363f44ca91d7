// table/empty-note-contradiction: a table with figures whose note says it has none. The real reports' notes as
// published, then one report's “故本表无数据” put under another's table that has figures.
import { emptyTableContradiction } from "../../../../src/engine/rules/report/empty-table-contradiction";
import { findRow } from "../../../../src/engine/tables";
import { ruleCases } from "../harness";
import { cellOf, findText, realGrid, realTables, sampleGrid, sampleTables, sheetNamed, tablesOf, withCell, withText } from "./real";

export const cases = ruleCases(emptyTableContradiction, {
  valid: [
    { name: "社会工作部: “故本表无数据” only under its empty tables", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "文旅局: no note of an empty table", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample: “如本表为空，则…” is conditional", tables: () => sampleTables() },
    {
      name: "生态环境局's 01 note on some cells (“本表无数据的栏次以“-”表示”)",
      tables: async () => {
        const grid = await realGrid("2025-putuo-shengtai");
        const note = findText(grid, /^注：本表反映部门本年度的总收支/);
        return tablesOf(withText(grid, note, (t) => `${t}本表无数据的栏次以“-”表示。`));
      },
    },
  ],
  invalid: [
    {
      name: "社会工作部's “故本表无数据” note put under 文旅局's 07, which has figures",
      tables: async () => {
        const note = findText(await realGrid("2024-putuo-shehuigongzuobu"), /故本表无数据/, "财政拨款“三公”经费支出决算表");
        const grid = await realGrid("2025-putuo-wenlvju");
        const sheet = sheetNamed(grid, /三公/);
        return tablesOf(withCell(grid, sheet.name, `A${sheet.rowCount + 1}`, note.text));
      },
      findings: (tables) => {
        const sheet = tables.public["07"]!.sheet;
        const rows = tables.grid!.sheets.find((s) => s.name === sheet)!.rowCount;
        return [{ messageId: "saysNone", cell: `${sheet}!A${rows}`, severity: "error" }];
      },
    },
    {
      name: "生态环境局's 01 note made to say “故本表无数据”",
      tables: async () => {
        const grid = await realGrid("2025-putuo-shengtai");
        const note = findText(grid, /^注：本表反映部门本年度的总收支/);
        return tablesOf(withText(grid, note, (t) => t.replace(/。$/, "，故本表无数据。")));
      },
      findings: (tables) => [{ messageId: "saysNone", cell: cellOf(findText(tables.grid!, /，故本表无数据。$/)), severity: "error" }],
    },
    {
      name: "the sample's empty 08 with “#REF!” typed into its 合计 and 社会工作部's “故本表无数据” note below: whether it has data is not known: 信息, not 错误",
      tables: async () => {
        const note = findText(await realGrid("2024-putuo-shehuigongzuobu"), /故本表无数据/, "政府性基金预算财政拨款收入支出决算表");
        const grid = await sampleGrid();
        const total = findRow((await sampleTables()).public["08"]!, "total")!.cells.total!;
        const rows = sheetNamed(grid, /^08/).rowCount;
        return tablesOf(withCell(withCell(grid, total.sheet, total.address, "#REF!"), total.sheet, `A${rows + 1}`, note.text));
      },
      findings: (tables) => [
        { messageId: "unreadableBesideNone", cell: cellOf(findText(tables.grid!, /故本表无数据/, tables.public["08"]!.sheet)), severity: "info" },
      ],
    },
  ],
});
