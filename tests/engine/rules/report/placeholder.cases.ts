// report/placeholder on the real reports and the sample, which carry none; then with a name replaced by the
// template's placeholder (XX, ××, （单位名称）, □) as an unfinished report keeps it.
import { reportPlaceholder } from "../../../../src/engine/rules/report/placeholder";
import { WorkbookTables } from "../../../../src/engine/rule";
import { ruleCases } from "../harness";
import { cellOf, findText, realGrid, realTables, sampleGrid, sampleTables, sheetNamed, tablesOf, withCell, withText } from "./real";

const NOTE_07 = /故本表无数据/;
const THREE_PUBLIC = "财政拨款“三公”经费支出决算表";

/** 社会工作部's 07 note with its department's name replaced by `placeholder`. */
async function note07With(placeholder: string) {
  const grid = await realGrid("2024-putuo-shehuigongzuobu");
  const note = findText(grid, NOTE_07, THREE_PUBLIC);
  const department = /说明：(.+?)本年度/.exec(note.text)![1];
  return tablesOf(withText(grid, note, (t) => t.replace(department, placeholder)));
}

/** The 07 note's cell in the edited workbook. */
const note07Cell = (tables: WorkbookTables) => cellOf(findText(tables.grid!, NOTE_07, THREE_PUBLIC));

export const cases = ruleCases(reportPlaceholder, {
  valid: [
    { name: "社会工作部", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "生态环境局", tables: () => realTables("2025-putuo-shengtai") },
    { name: "文旅局", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample", tables: () => sampleTables() },
    {
      name: "the sample with check boxes in a 绩效 form (“是否公开：□是 □否”)",
      tables: async () => {
        const grid = await sampleGrid();
        const perf = sheetNamed(grid, /^整体绩效自评表1/);
        return tablesOf(withCell(grid, perf.name, `A${perf.rowCount + 1}`, "是否公开：□是 □否"));
      },
    },
    {
      name: "文旅局 with XX for a figure in the 情况说明: narrative/placeholder's, not reported again",
      tables: async () => {
        const grid = await realGrid("2025-putuo-wenlvju");
        const line = findText(grid, /收入支出总计\s*[\d.,]+\s*万元/);
        return tablesOf(withText(grid, line, (t) => t.replace(/(收入支出总计\s*)[\d.,]+/, "$1XX")));
      },
    },
  ],
  invalid: [
    {
      name: "生态环境局's title as “上海市普陀区XX局”",
      tables: async () => {
        const grid = await realGrid("2025-putuo-shengtai");
        return tablesOf(withText(grid, findText(grid, /年度部门决算表/), (t) => t.replace("生态环境局", "XX局")));
      },
      findings: (tables) => [{ messageId: "placeholder", cell: cellOf(findText(tables.grid!, /XX局/)), severity: "warning" }],
    },
    {
      name: "社会工作部's 07 note with “（单位名称）” for its name",
      tables: () => note07With("（单位名称）"),
      findings: (tables) => [{ messageId: "placeholder", cell: note07Cell(tables), severity: "warning" }],
    },
    {
      name: "社会工作部's 07 note with “××” for its name",
      tables: () => note07With("××"),
      findings: (tables) => [{ messageId: "placeholder", cell: note07Cell(tables), severity: "warning" }],
    },
    {
      name: "the sample's 07 note with □□ for “我部门”",
      tables: async () => {
        const grid = await sampleGrid();
        return tablesOf(withText(grid, findText(grid, /如本表为空/, "07财政拨款“三公”经费支出决算表"), (t) => t.replace("我部门", "□□")));
      },
      findings: (tables) => [{ messageId: "placeholder", cell: cellOf(findText(tables.grid!, /□□/)), severity: "warning" }],
    },
  ],
});
