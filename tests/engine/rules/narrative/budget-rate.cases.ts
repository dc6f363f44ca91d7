// narrative/budget-rate: 生态环境局's and 社会工作部's rates as printed; the sample's two 尾差 of domain.md §8 (94.59%,
// 57.56%) and 文旅局's written-down one (28.15%); a “三公” rate and a （项）'s rate from its own sentence made wrong.
import { narrativeBudgetRate } from "../../../../src/engine/rules/narrative/budget-rate";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHEHUI, SHENGTAI, WENLV, editedAt, realAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { figureOf, real, wrong } from "./real-run";

/** The sample's two 尾差, there whatever else a case changes. */
const SAMPLE_ROUNDING = [
  { messageId: "rounding", cell: sampleAt("完成预算的 94.59%"), severity: "rounding" },
  { messageId: "rounding", cell: sampleAt("完成预算的 57.56%"), severity: "rounding" },
] as const;

export const cases = ruleCases(narrativeBudgetRate, {
  valid: [
    { name: "生态环境局 as published: 完成年初预算的 102.27% from its own sentence, the “三公” rates from 07", tables: async () => (await real(SHENGTAI)).tables },
    { name: "社会工作部 as published: 完成全年预算数的 P% of each （项）", tables: async () => (await real(SHEHUI)).tables },
  ],
  invalid: [
    {
      name: "the sample as published: 94.59% and 57.56% are 尾差 of their sentences' figures (§8)",
      tables: () => sampleTables(),
      findings: [...SAMPLE_ROUNDING],
    },
    {
      name: "文旅局 as published: 公务用车购置及运行维护费's 28.15% for 2.64 ÷ 9.38 = 28.1450% is a 尾差",
      tables: async () => (await real(WENLV)).tables,
      findings: (tables) => [{ messageId: "rounding", cell: realAt(tables, "完成预算的26.46%"), severity: "rounding" }],
    },
    {
      name: "the sample's “三公” rate a point off (98.98% → 97.98%)",
      tables: () => sampleEdited("完成预算的98.98%", (t) => t.replace("98.98%", "97.98%")),
      findings: [{ messageId: "mismatch", cell: sampleAt("完成预算的98.98%"), severity: "error" }, ...SAMPLE_ROUNDING],
    },
    {
      name: "社会工作部: a 完成全年预算数的 P% 3 points off its 全年预算 and 支出决算",
      tables: () => realEdited(SHEHUI, [figureOf(SHEHUI, "完成全年预算数的").then(wrong)]),
      findings: (tables) => [{ messageId: "mismatch", cell: editedAt(tables), severity: "error" }],
    },
  ],
});
