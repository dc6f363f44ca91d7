// narrative/amount: the sample's and the Shanghai reports' amounts as printed, then one changed as reports get them
// wrong — digits swapped, a figure off by 0.01, a part more than its whole, a figure of the wrong row.
import { narrativeAmount } from "../../../../src/engine/rules/narrative/amount";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHENGTAI, WENLV, editedAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { figureOf, real, wrong } from "./real-run";

export const cases = ruleCases(narrativeAmount, {
  valid: [
    { name: "the sample: totals, parts, （项）, “三公”, 人员经费, 绩效 as the tables print them", tables: () => sampleTables() },
    { name: "生态环境局 as published", tables: async () => (await real(SHENGTAI)).tables },
    { name: "文旅局 as published (公务接待费支出决算为 X 万元 read as 公务接待费)", tables: async () => (await real(WENLV)).tables },
  ],
  invalid: [
    {
      name: "the sample's 收入总计 with two digits swapped (2259.73 → 2295.73)",
      tables: () => sampleEdited("（一）收入总计", (t) => t.replace(/2259\.73/, "2295.73")),
      findings: [{ messageId: "mismatch", cell: sampleAt("（一）收入总计"), severity: "error" }],
    },
    {
      name: "生态环境局's 人员经费 37.00 off its 基本支出决算表",
      tables: () => realEdited(SHENGTAI, [figureOf(SHENGTAI, "人员经费").then(wrong)]),
      findings: (tables) => [{ messageId: "mismatch", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "文旅局: a （项）'s 支出决算 37.00 off table 05",
      tables: () => realEdited(WENLV, [figureOf(WENLV, "支出决算为").then(wrong)]),
      findings: (tables) => [{ messageId: "mismatch", cell: editedAt(tables), severity: "error" }],
    },
    {
      name: "the sample's 卫生健康支出 0.01 below 05's (66.99 → 66.98): a 尾差",
      tables: () => sampleEdited("3. 卫生健康支出", (t) => t.replace("66.99", "66.98")),
      findings: [{ messageId: "rounding", cell: sampleAt("3. 卫生健康支出"), severity: "rounding" }],
    },
    {
      name: "the sample's 外事接待 given the whole 公务接待费 and more (0.00 → 0.50 of 0.42)",
      tables: () => sampleEdited("外事接待累计", (t) => t.replace("0 人、0.00 万元", "0 人、0.50 万元")),
      findings: [{ messageId: "exceedsWhole", cell: sampleAt("外事接待累计"), severity: "error" }],
    },
  ],
});
