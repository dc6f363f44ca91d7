// p/05-within-03: no 05 figure (一般公共预算财政拨款) exceeds the 03 figure (all funds) of its code and column, on the
// 朝阳 sample and the real reports, as published and with a 05 figure raised.
import { p05Within03 } from "../../../../src/engine/rules/public/p-05-within-03";
import { REAL_IDS } from "../../../fixtures/real/fixtures";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(p05Within03, {
  valid: [
    { name: "the sample: 05 equals 03 row for row", tables: () => sample() },
    ...REAL_IDS.map((id) => ({ name: `${id} as published`, tables: () => realTables(id) })),
    { name: "a 05 figure below the 03 one (the rest paid from other funds)", tables: () => sample([["05", "2080501", "total", "30.00"]]) },
  ],
  invalid: [
    {
      name: "swapped digits in a 05 基本支出 (1116.80 → 1161.80): above 03's",
      tables: () => sample([["05", "2013101", "basic", "1,161.80"]]),
      findings: (tables) => [{ messageId: "exceeds", cell: addressOf(tables, "05", "2013101", "basic"), severity: "warning" }],
    },
    {
      name: "a 05 figure 0.01 above 03's: a 尾差",
      tables: () => sample([["05", "2101102", "total", "8.12"]]),
      findings: (tables) => [{ messageId: "exceedsByRounding", cell: addressOf(tables, "05", "2101102", "total"), severity: "rounding" }],
    },
    {
      name: "文旅局's 05 2079999 项目支出 37 above 03's",
      tables: () => realTables("2025-putuo-wenlvju", [["05", "2079999", "project", "+37"]]),
      findings: (tables) => [{ messageId: "exceeds", cell: addressOf(tables, "05", "2079999", "project"), severity: "warning" }],
    },
  ],
});
