// report/year on the real reports and the sample, whose years are all theirs; then with a year changed the way a
// report carried over from last year's keeps one: in a title, a “截至” date, a comparison, a template sentence.
import { reportYearRule } from "../../../../src/engine/rules/report/year";
import { InvalidRuleCase, ruleCases } from "../harness";
import { RealReport, TextAt, cellOf, findText, realGrid, realTables, sampleTables, tablesOf, withText } from "./real";

/** A real report with the first text cell matching `pattern` edited; the finding expected there. */
function edited(name: string, report: RealReport, pattern: RegExp, edit: (text: string) => string, messageId: string): InvalidRuleCase {
  let line: TextAt | undefined;
  return {
    name,
    tables: async () => {
      const grid = await realGrid(report);
      line = findText(grid, pattern);
      return tablesOf(withText(grid, line, edit));
    },
    findings: () => [{ messageId, cell: cellOf(line!), severity: "warning" }],
  };
}

export const cases = ruleCases(reportYearRule, {
  valid: [
    { name: "社会工作部 (2024)", tables: () => realTables("2024-putuo-shehuigongzuobu") },
    { name: "生态环境局 (2025)", tables: () => realTables("2025-putuo-shengtai") },
    { name: "文旅局 (2025)", tables: () => realTables("2025-putuo-wenlvju") },
    { name: "the sample (2024年年度)", tables: () => sampleTables() },
    {
      name: "生态环境局 with years in names of documents and plans (《…2021年度…》, 2023—2025年度)",
      tables: async () => {
        const grid = await realGrid("2025-putuo-shengtai");
        return tablesOf(withText(grid, findText(grid, /十五五/), (t) => `${t}落实《普陀区2021年度部门决算工作方案》和2023—2025年度本部门行动计划。`));
      },
    },
    {
      name: "文旅局 with a year of the unit's history (2019年本部门成立)",
      tables: async () => {
        const grid = await realGrid("2025-putuo-wenlvju");
        return tablesOf(withText(grid, findText(grid, /与\s*2024\s*年度相比/), (t) => `2019年本部门成立。${t}`));
      },
    },
  ],
  invalid: [
    edited("生态环境局's title left at 2024, outvoted by its text", "2025-putuo-shengtai", /2025\s*年度部门决算表/, (t) => t.replace("2025", "2024"), "titleYear"),
    edited("社会工作部's “截至…年12月31日” left at last year", "2024-putuo-shehuigongzuobu", /截至\s*2024\s*年\s*12\s*月\s*31\s*日/, (t) => t.replace(/截至\s*2024/, "截至 2023"), "untilYear"),
    edited("文旅局's 截至 date not the year's last day", "2025-putuo-wenlvju", /截至\s*2025\s*年\s*12\s*月\s*31\s*日/, (t) => t.replace(/12\s*月\s*31\s*日/, "6 月 30 日"), "untilDay"),
    edited("文旅局 compared with 2023, not the year before", "2025-putuo-wenlvju", /与\s*2024\s*年度相比/, (t) => t.replace(/与\s*2024\s*年度相比/, "与 2023 年度相比"), "comparedYear"),
    edited("社会工作部's “…年度收入支出总计” left at last year", "2024-putuo-shehuigongzuobu", /2024\s*年度收入支出总计/, (t) => t.replace(/2024(\s*年度收入支出总计)/, "2023$1"), "ownYear"),
  ],
});
