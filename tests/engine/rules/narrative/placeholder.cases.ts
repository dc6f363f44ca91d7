// narrative/placeholder: no placeholder in the sample or 生态环境局; then a template's XX, ××%, X.XX left where the
// tables give the figure (one text fix per cell), with a reason nothing can compute (主要原因：XX) beside them, or only
// placeholders nothing can fill (a rate on a zero base, a count).
import { narrativePlaceholder } from "../../../../src/engine/rules/narrative/placeholder";
import { sampleTables } from "../../narrative/sample-tables";
import { ruleCases } from "../harness";
import { SHENGTAI, editedAt, realEdited, sampleAt, sampleEdited } from "./case-tables";
import { figureOf, real } from "./real-run";

const BASIC = "1. 基本支出 1672.09";
const INCOME = "今年收入总计减少";
const ABROAD = "因公出国（境）费 0.00 万元，占";

export const cases = ruleCases(narrativePlaceholder, {
  valid: [
    { name: "the sample as published", tables: () => sampleTables() },
    { name: "生态环境局 as published", tables: async () => (await real(SHENGTAI)).tables },
  ],
  invalid: [
    {
      name: "生态环境局 with XX left for its 公用经费",
      tables: () =>
        realEdited(SHENGTAI, [
          figureOf(SHENGTAI, "公用经费").then((cost) => ({
            cell: cost.paragraph.cell.address,
            edit: (t: string) => t.slice(0, cost.figure.start) + "XX" + t.slice(cost.figure.end),
          })),
        ]),
      findings: (tables) => [{ messageId: "fillable", cell: editedAt(tables), severity: "info" }],
    },
    {
      name: "the sample's 基本支出 paragraph with XX, ××% and X.XX left (one finding for the cell)",
      tables: () => sampleEdited(BASIC, (t) => t.replace("1672.09", "XX").replace("74.00%", "××%").replace("资本性支出 2.00", "资本性支出 X.XX")),
      findings: [{ messageId: "fillable", cell: sampleAt(BASIC), severity: "info" }],
    },
    {
      name: "the sample's 收入总计 change rate left XX% beside 主要原因：XX",
      tables: () =>
        sampleEdited(INCOME, (t) => t.replace("7.41%", "XX%").replace(/主要原因：[^。]*/, "主要原因：XX")),
      findings: [{ messageId: "fillableAndByHand", cell: sampleAt(INCOME), severity: "info" }],
    },
    {
      name: "the sample's 因公出国（境）费: XX% on a zero budget and XX 个 团组, neither computable",
      tables: () => sampleEdited(ABROAD, (t) => t.replace("完成预算的 0.00%", "完成预算的 XX%").replace("团组 0 个", "团组 XX 个")),
      findings: [{ messageId: "byHand", cell: sampleAt(ABROAD), severity: "info" }],
    },
  ],
});
