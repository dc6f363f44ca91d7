// t08/row-total: 08's 本年支出小计 = 基本支出 + 项目支出. The 朝阳 sample's 08 is empty; 文旅局's has 政府性基金
// spending (its 合计 row prints no 本年支出, see real-layouts.test.ts), changed as real reports get it wrong.
import { t08RowTotal } from "../../../../src/engine/rules/public/t08-row-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

const WENLVJU = "2025-putuo-wenlvju";

export const cases = ruleCases(t08RowTotal, {
  valid: [
    { name: "the sample: 08 empty", tables: () => sample() },
    { name: "文旅局 as published: every 小计 = 项目支出", tables: () => realTables(WENLVJU) },
  ],
  invalid: [
    {
      name: "文旅局's 地方旅游开发项目补助 项目支出 37 too high: its 小计 is wrong",
      tables: () => realTables(WENLVJU, [["08", "2070904", "project", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "08", "2070904", "total"), severity: "error" }],
    },
    {
      name: "文旅局's 地方旅游开发项目补助 小计 0.01 above its 项目支出: a 尾差",
      tables: () => realTables(WENLVJU, [["08", "2070904", "total", "+0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "08", "2070904", "total"), severity: "rounding" }],
    },
    {
      name: "文旅局's 2121999 小计 left blank: fill offers 2000.00",
      tables: () => realTables(WENLVJU, [["08", "2121999", "total", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "08", "2121999", "total"), severity: "info" }],
    },
  ],
});
