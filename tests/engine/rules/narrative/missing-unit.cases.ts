// narrative/missing-unit: every figure of the sample and of 文旅局 with its unit (“0.40 万” read as 万元); then a
// unit dropped, as a half-edited sentence leaves it — 万元 after an amount, % after a share.
import { narrativeMissingUnit } from "../../../../src/engine/rules/narrative/missing-unit";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHENGTAI, WENLV, editedAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { figureOf, real } from "./real-run";

const FISCAL = "1. 财政拨款收入 2259.73";

export const cases = ruleCases(narrativeMissingUnit, {
  valid: [
    { name: "the sample as published", tables: () => sampleTables() },
    { name: "文旅局 as published (“0.40 万” for 万元)", tables: async () => (await real(WENLV)).tables },
  ],
  invalid: [
    {
      name: "生态环境局's 人员经费 without its 万元",
      tables: () =>
        realEdited(SHENGTAI, [
          figureOf(SHENGTAI, "人员经费").then((personnel) => ({
            cell: personnel.paragraph.cell.address,
            edit: (t: string) => t.slice(0, personnel.figure.end) + t.slice(personnel.figure.unitEnd),
          })),
        ]),
      findings: (tables) => [{ messageId: "missingUnit", cell: editedAt(tables), severity: "warning" }],
    },
    {
      name: "the sample's 财政拨款收入 without 万元 and its share without %",
      tables: () => sampleEdited(FISCAL, (t) => t.replace("100.00%", "100.00").replace("财政拨款收入 2259.73 万元", "财政拨款收入 2259.73")),
      findings: [
        { messageId: "missingUnit", cell: sampleAt(FISCAL), severity: "warning" },
        { messageId: "missingUnit", cell: sampleAt(FISCAL), severity: "warning" },
      ],
    },
  ],
});
