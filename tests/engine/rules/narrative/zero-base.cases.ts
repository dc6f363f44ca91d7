// narrative/zero-base: a rate on a zero base, as the reports print them (the sample's 完成预算的 0.00% of §8,
// 社会工作部's 增长 100.00% and 完成年初预算的 95.89%, written down in its discrepancies), a growth rate from nothing
// and the Shanghai template's “占 0%” kept by a department with no “三公” at all; valid once the sentence says
// “未安排预算”, as the finding suggests.
import { narrativeZeroBase } from "../../../../src/engine/rules/narrative/zero-base";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHEHUI, editedAt, realAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { editWhere, real } from "./real-run";

const ABROAD = "因公出国（境）费 0.00 万元，占";

export const cases = ruleCases(narrativeZeroBase, {
  valid: [
    { name: "the sample with its 完成预算的 0.00% rewritten “未安排预算”", tables: () => sampleEdited(ABROAD, (t) => t.replace(/完成预算的\s*0\.00%/, "未安排预算")) },
  ],
  invalid: [
    {
      name: "the sample as published: 因公出国（境）费 完成预算的 0.00% of a 预算数 of 0 (§8)",
      tables: () => sampleTables(),
      findings: [{ messageId: "zeroBudget", cell: sampleAt(ABROAD), severity: "warning" }],
    },
    {
      name: "社会工作部 as published: four 增长 100.00% on last year's 0, and 完成年初预算的 95.89% that is the 全年预算's rate",
      tables: async () => (await real(SHEHUI)).tables,
      findings: (tables) => [
        { messageId: "zeroPrior", cell: realAt(tables, "收入支出总计增加"), severity: "warning" },
        { messageId: "zeroPrior", cell: realAt(tables, "财政拨款收入支出总计增加"), severity: "warning" },
        { messageId: "zeroPrior", cell: realAt(tables, "一般公共预算财政拨款支出增加"), severity: "warning" },
        { messageId: "zeroBudgetFullYear", cell: realAt(tables, "完成年初预算的"), severity: "warning" },
        { messageId: "zeroPrior", cell: realAt(tables, "机关运行经费支出"), severity: "warning" },
      ],
    },
    {
      name: "the sample's 公务接待费 增加 written as the whole amount from nothing (增长 100.00%)",
      tables: () => sampleEdited("比上年增加 0.07 万元", (t) => t.replace(/增加 0\.07 万元，增长 21\.50%/, "增加 0.42 万元，增长 100.00%")),
      findings: [
        { messageId: "zeroPrior", cell: sampleAt("比上年增加 0.07 万元"), severity: "warning" },
        { messageId: "zeroBudget", cell: sampleAt(ABROAD), severity: "warning" },
      ],
    },
    {
      name: "社会工作部 (no “三公”) keeping the template's “因公出国（境）费支出决算 0 万元，占 0%”",
      tables: () =>
        realEdited(SHEHUI, [
          editWhere(SHEHUI, "无“三公”经费财政拨款支出", (t) => `${t}“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0万元，占0%。`),
        ]),
      findings: (tables) => [
        ...["收入支出总计增加", "财政拨款收入支出总计增加", "一般公共预算财政拨款支出增加", "机关运行经费支出"].map((words) => ({
          messageId: "zeroPrior",
          cell: realAt(tables, words),
          severity: "warning" as const,
        })),
        { messageId: "zeroBudgetFullYear", cell: realAt(tables, "完成年初预算的"), severity: "warning" },
        { messageId: "zeroShareBase", cell: editedAt(tables), severity: "warning" },
      ],
    },
  ],
});
