// table/missing on the real reports and the sample, which hold all nine 公开 tables; then with a sheet left out,
// as a department leaves out a table it has nothing to report in, or one a list of tables still names.
import { missingTable } from "../../../../src/engine/rules/common/missing-table";
import { WorkbookTables } from "../../../../src/engine/rule";
import { ruleCases } from "../harness";
import { realGrid, realTables, sampleTables, tablesOf, withCell, withoutSheet } from "../report/real";

/** Where table/missing reports: the top left cell of the first sheet holding a 公开 table. */
function firstTableSheet(tables: WorkbookTables): string {
  const first = Object.values(tables.public).find(Boolean)!;
  return `${first.sheet}!A1`;
}

export const cases = ruleCases(missingTable, {
  valid: [
    { name: "社会工作部: all nine (08 and 09 empty, with their note)", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "文旅局: all nine", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample: all nine", tables: () => sampleTables() },
  ],
  invalid: [
    {
      name: "社会工作部 without its empty 08",
      tables: async () => tablesOf(withoutSheet(await realGrid("2024-putuo-shehuigongzuobu"), /^政府性基金预算/)),
      findings: (tables) => [{ messageId: "missing", cell: firstTableSheet(tables), severity: "error" }],
    },
    {
      name: "文旅局 without its 05, which has figures",
      tables: async () => tablesOf(withoutSheet(await realGrid("2025-putuo-wenlvju"), /^一般公共预算财政拨款支出决算表/)),
      findings: (tables) => [{ messageId: "missing", cell: firstTableSheet(tables), severity: "error" }],
    },
    {
      name: "社会工作部 without its 03, which a list of tables made from its sheet names still names",
      tables: async () => {
        const original = await realGrid("2024-putuo-shehuigongzuobu");
        const list = original.sheets.filter((s) => s.name !== "情况说明").map((s, i) => `${i + 1}. ${s.name}`).join("\n");
        const first = original.sheets[0];
        return tablesOf(withoutSheet(withCell(original, first.name, `A${first.rowCount + 2}`, `目录：\n${list}`), /^支出决算表/));
      },
      findings: (tables) => [{ messageId: "missingButListed", cell: firstTableSheet(tables), severity: "error" }],
    },
  ],
});
