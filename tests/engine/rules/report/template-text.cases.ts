// report/template-text: 社会工作部's published 08 and 09 keep the template's instruction (its discrepancies.md lists
// them), the other reports and the sample keep none; then an instruction or an alternative put into another.
import { reportTemplateText } from "../../../../src/engine/rules/report/template-text";
import { ruleCases } from "../harness";
import { cellOf, findText, realGrid, realTables, sampleTables, sheetNamed, tablesOf, textsOf, withCell, withText } from "./real";

const INSTRUCTION = /仍保留该表格式/;

export const cases = ruleCases(reportTemplateText, {
  valid: [
    { name: "生态环境局", tables: () => realTables("2025-putuo-shengtai") },
    { name: "文旅局", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample", tables: () => sampleTables() },
  ],
  invalid: [
    {
      name: "社会工作部 as published: the instruction under its 08 and its 09",
      tables: () => realTables("2024-putuo-shehuigongzuobu"),
      findings: (tables) =>
        textsOf(tables.grid!)
          .filter((t) => INSTRUCTION.test(t.text))
          .map((t) => ({ messageId: "instruction", cell: cellOf(t), severity: "warning" as const })),
    },
    {
      name: "社会工作部's instruction put under 生态环境局's empty 08",
      tables: async () => {
        const instruction = findText(await realGrid("2024-putuo-shehuigongzuobu"), INSTRUCTION);
        const grid = await realGrid("2025-putuo-shengtai");
        const sheet = sheetNamed(grid, /^政府性基金预算/);
        return tablesOf(withCell(grid, sheet.name, `A${sheet.rowCount + 1}`, instruction.text));
      },
      findings: (tables) => [{ messageId: "instruction", cell: cellOf(findText(tables.grid!, INSTRUCTION)), severity: "warning" }],
    },
    {
      name: "“增加（减少）” left in 文旅局's 03 note",
      tables: async () => {
        const grid = await realGrid("2025-putuo-wenlvju");
        return tablesOf(withText(grid, findText(grid, /^注：本表反映部门本年度各项支出情况/), (t) => t.replace(/。$/, "，比上年增加（减少）情况。")));
      },
      findings: (tables) => [{ messageId: "alternative", cell: cellOf(findText(tables.grid!, /增加（减少）/)), severity: "warning" }],
    },
  ],
});
