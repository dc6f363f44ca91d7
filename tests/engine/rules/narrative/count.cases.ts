// narrative/count: the “三公” counts of the sample and 文旅局 go with their amounts; then a count changed so that it no
// longer does — groups sent abroad with no 因公出国（境）费, 公务接待费 spent with no batch received.
import { narrativeCount } from "../../../../src/engine/rules/narrative/count";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { WENLV, editedAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { figureOf, real, wrong } from "./real-run";

export const cases = ruleCases(narrativeCount, {
  valid: [
    { name: "the sample: 0 团组 for 0.00, 5 批次 for 0.42, 0 辆 for 0.00", tables: () => sampleTables() },
    { name: "文旅局 as published", tables: async () => (await real(WENLV)).tables },
  ],
  invalid: [
    {
      name: "文旅局: 团组 37 more with its 因公出国（境）费 at 0",
      tables: () => realEdited(WENLV, [figureOf(WENLV, "团组", "个").then(wrong)]),
      findings: (tables) => [{ messageId: "countWithoutAmount", cell: editedAt(tables), severity: "warning" }],
    },
    {
      name: "the sample: 出国（境）团组 2 个，累计 6 人次 with no 因公出国（境）费 (both counts said)",
      tables: () => sampleEdited("参加出国（境）团组 0 个", (t) => t.replace("团组 0 个，累计 0 人次", "团组 2 个，累计 6 人次")),
      findings: [
        { messageId: "countWithoutAmount", cell: sampleAt("参加出国（境）团组 0 个"), severity: "warning" },
        { messageId: "countWithoutAmount", cell: sampleAt("参加出国（境）团组 0 个"), severity: "warning" },
      ],
    },
    {
      name: "the sample: 公务接待费 spent with 0 批次 received",
      tables: () => sampleEdited("国内公务接待累计 5 批次", (t) => t.replace("累计 5 批次", "累计 0 批次")),
      findings: [{ messageId: "amountWithoutCount", cell: sampleAt("国内公务接待累计 5 批次"), severity: "warning" }],
    },
  ],
});
