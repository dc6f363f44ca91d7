// report/repeated-word on the real reports, whose “在职职工”, “地表水水质” repeat characters of real words, and the
// sample; then a template word written twice as an edit leaves it (“增加增加”, “其中 其中”, “财政拨款财政拨款”).
import { repeatedWord } from "../../../../src/engine/rules/report/repeated-word";
import { InvalidRuleCase, ruleCases } from "../harness";
import { RealReport, TextAt, cellOf, findText, realGrid, realTables, sampleTables, tablesOf, withText } from "./real";

/** The first text of `report` matching `pattern` with `word` written twice. */
function twice(name: string, report: RealReport, pattern: RegExp, word: string, written: string, sheet?: string): InvalidRuleCase {
  let line: TextAt | undefined;
  return {
    name,
    tables: async () => {
      const grid = await realGrid(report);
      line = findText(grid, pattern, sheet);
      return tablesOf(withText(grid, line, (t) => t.replace(word, written)));
    },
    findings: () => [{ messageId: "repeated", cell: cellOf(line!), severity: "warning" }],
  };
}

export const cases = ruleCases(repeatedWord, {
  valid: [
    { name: "文旅局 (“在职职工”, “周周有戏”)", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "生态环境局 (“地表水水质”)", tables: () => realTables("2025-putuo-shengtai") },
    { name: "社会工作部", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "the sample", tables: () => sampleTables() },
    {
      name: "文旅局 with 人人, 常常, 天天 added",
      tables: async () => {
        const grid = await realGrid("2025-putuo-wenlvju");
        return tablesOf(withText(grid, findText(grid, /主要原因[^。]*。/), (t) => `${t}人人参与，常常开展，天天有戏。`));
      },
    },
  ],
  invalid: [
    twice("“增加增加” in 社会工作部's text", "2024-putuo-shehuigongzuobu", /增加\s*[\d.]+\s*万元/, "增加", "增加增加"),
    twice("“其中 其中” in 生态环境局's text", "2025-putuo-shengtai", /其中/, "其中", "其中 其中"),
    twice("“财政拨款财政拨款” in 文旅局's 情况说明", "2025-putuo-wenlvju", /财政拨款/, "财政拨款", "财政拨款财政拨款", "情况说明"),
  ],
});
