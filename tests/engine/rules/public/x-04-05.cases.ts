// x/04-05: 04's 一般公共预算财政拨款 column restated from 05 (合计 and 类 rows), on the real reports (exact) and on the
// 朝阳 sample, whose 卫生健康支出 is 66.98 on 04 and 66.99 on 05 (domain.md §8's 尾差).
import { x0405 } from "../../../../src/engine/rules/public/x-04-05";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(x0405, {
  valid: REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  invalid: [
    {
      name: "the sample as published: 卫生健康支出 66.98 vs 05's 210 66.99, a 尾差",
      tables: () => sample(),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "04", "out.210", "gpb"), severity: "rounding" }],
    },
    {
      name: "swapped digits in 05's 221 (107.54 → 170.54): wrong on 04's 住房保障支出",
      tables: () => sample([["05", "221", "total", "170.54"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "04", "out.221", "gpb"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "04", "out.210", "gpb"), severity: "rounding" },
      ],
    },
    {
      name: "swapped digits in 04's 本年支出合计 (2259.73 → 2259.37): wrong against 05's 合计",
      tables: () => sample([["04", "out.total", "gpb", "2,259.37"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "04", "out.total", "gpb"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "04", "out.210", "gpb"), severity: "rounding" },
      ],
    },
  ],
});
