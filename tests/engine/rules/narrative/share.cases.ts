// narrative/share: every “占…的 P%” of the sample and 生态环境局 as printed; 文旅局's 6.08% for 6.09% as published
// (tests/fixtures/real/2025-putuo-wenlvju.discrepancies.md), 社会工作部's 尾差, and a share with its digits swapped.
import { narrativeShare } from "../../../../src/engine/rules/narrative/share";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHEHUI, SHENGTAI, WENLV, realAt, sampleAt, sampleEdited } from "./case-tables";
import { real } from "./real-run";

export const cases = ruleCases(narrativeShare, {
  valid: [
    { name: "the sample: shares of 收入总计, 支出总计 and the “三公” total", tables: () => sampleTables() },
    { name: "生态环境局 as published", tables: async () => (await real(SHENGTAI)).tables },
  ],
  invalid: [
    {
      name: "文旅局 as published: one share of the 一般公共预算 structure is 0.01 point beyond rounding",
      tables: async () => (await real(WENLV)).tables,
      findings: (tables) => [{ messageId: "mismatch", cell: realAt(tables, "主要用于以下方面"), severity: "error" }],
    },
    {
      name: "the sample's 公务接待费 share with its digits swapped (0.73% → 0.37%)",
      tables: () => sampleEdited("2. 公务接待费 0.42 万元", (t) => t.replace("0.73%", "0.37%")),
      findings: [{ messageId: "mismatch", cell: sampleAt("2. 公务接待费 0.42 万元"), severity: "error" }],
    },
    {
      name: "社会工作部 as published: a share of its 一般公共预算 structure off by rounding only",
      tables: async () => (await real(SHEHUI)).tables,
      findings: (tables) => [{ messageId: "rounding", cell: realAt(tables, "主要用于以下方面"), severity: "rounding" }],
    },
    {
      name: "the sample's 基本支出 share rounded down (74.00% → 73.99% for 73.995%)",
      tables: () => sampleEdited("占支出总计的 74.00%", (t) => t.replace("74.00%", "73.99%")),
      findings: [{ messageId: "rounding", cell: sampleAt("占支出总计的 74.00%"), severity: "rounding" }],
    },
  ],
});
