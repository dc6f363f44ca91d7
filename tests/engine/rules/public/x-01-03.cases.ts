// x/01-03: 01's 本年支出合计 and categories restated from 03 (合计 and 类 rows), on the real reports (exact) and on the
// 朝阳 sample, whose 卫生健康支出 is 66.98 on 01 and 66.99 on 03 (domain.md §8's 尾差).
import { x0103 } from "../../../../src/engine/rules/public/x-01-03";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample, sampleRows } from "./sample";
import { addressOf, table, workbook } from "./tables";

export const cases = ruleCases(x0103, {
  valid: REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
  invalid: [
    {
      name: "the sample as published: 卫生健康支出 66.98 vs 03's 210 66.99, a 尾差",
      tables: () => sample(),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "01", "out.210", "amount"), severity: "rounding" }],
    },
    {
      name: "swapped digits in 03's 201 (1837.28 → 1873.28): wrong on 01's 一般公共服务支出",
      tables: () => sample([["03", "201", "total", "1,873.28"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "01", "out.201", "amount"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "01", "out.210", "amount"), severity: "rounding" },
      ],
    },
    {
      name: "生态环境局's 03 合计 37 too high: wrong on 01's 本年支出合计",
      tables: () => realTables("2025-putuo-shengtai", [["03", "total", "total", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "01", "out.total", "amount"), severity: "error" }],
    },
    {
      name: "a 03 类 that 01 has no row for (住房保障支出 missing from 01)",
      tables: () => workbook(table("01", sampleRows("01").filter(([key]) => key !== "out.221")), table("03", sampleRows("03"))),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "03", "221", "total"), severity: "error" },
        { messageId: "rounding", cell: addressOf(tables, "01", "out.210", "amount"), severity: "rounding" },
      ],
    },
  ],
});
