// report/doubled-punctuation on the real reports and the sample, which have none; then with a mark typed twice
// in 文旅局's text and 社会工作部's 01 note; ellipses and numbered headings left alone.
import { doubledPunctuation } from "../../../../src/engine/rules/report/doubled-punctuation";
import { ruleCases } from "../harness";
import { cellOf, findText, realGrid, realTables, sampleTables, tablesOf, withText } from "./real";

const REASON = /主要原因[^。]*。/;
const NOTE_01 = /^注：本表反映部门本年度的总收支/;

export const cases = ruleCases(doubledPunctuation, {
  valid: [
    { name: "社会工作部", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "生态环境局", tables: () => realTables("2025-putuo-shengtai") },
    { name: "文旅局", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample", tables: () => sampleTables() },
    {
      name: "生态环境局 with “……”, “。。。” and a numbered heading “1.1.”",
      tables: async () => {
        const grid = await realGrid("2025-putuo-shengtai");
        return tablesOf(withText(grid, findText(grid, REASON), (t) => `1.1.${t.replace("。", "……")}等。。。`));
      },
    },
  ],
  invalid: [
    {
      name: "“。。” in 文旅局's text",
      tables: async () => {
        const grid = await realGrid("2025-putuo-wenlvju");
        return tablesOf(withText(grid, findText(grid, REASON), (t) => t.replace("。", "。。")));
      },
      findings: (tables) => [{ messageId: "doubled", cell: cellOf(findText(tables.grid!, /。。/)), severity: "warning" }],
    },
    {
      name: "“，，” in 社会工作部's 01 note",
      tables: async () => {
        const grid = await realGrid("2024-putuo-shehuigongzuobu");
        return tablesOf(withText(grid, findText(grid, NOTE_01), (t) => t.replace("收支", "收支，，")));
      },
      findings: (tables) => [{ messageId: "doubled", cell: cellOf(findText(tables.grid!, NOTE_01)), severity: "warning" }],
    },
  ],
});
