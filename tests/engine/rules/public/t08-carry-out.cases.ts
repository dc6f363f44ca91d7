// t08/carry-out: 08's 年末结转和结余 = 年初 + 本年收入 − 本年支出, row by row, on 文旅局's 08 (whose 合计 row prints
// no 本年支出: the sum of the 类 rows stands in) as published and with a figure changed.
import { t08CarryOut } from "../../../../src/engine/rules/public/t08-carry-out";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

const WENLVJU = "2025-putuo-wenlvju";

export const cases = ruleCases(t08CarryOut, {
  valid: [
    { name: "the sample: 08 empty", tables: () => sample() },
    { name: "文旅局 as published: 年末 = 年初 + 本年收入 − Σ 类 本年支出", tables: () => realTables(WENLVJU) },
  ],
  invalid: [
    {
      name: "文旅局's 合计 年末结转和结余 37 where nothing is carried over",
      tables: () => realTables(WENLVJU, [["08", "total", "carryOut", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "08", "total", "carryOut"), severity: "error" }],
    },
    {
      name: "文旅局's 城乡社区支出 本年支出 37 too high: its 年末 no longer follows (the 支出 is subtracted)",
      tables: () => realTables(WENLVJU, [["08", "212", "total", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "08", "212", "carryOut"), severity: "error" }],
    },
    {
      name: "文旅局's 地方旅游开发项目补助 年末 0.01: a 尾差",
      tables: () => realTables(WENLVJU, [["08", "2070904", "carryOut", "+0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "08", "2070904", "carryOut"), severity: "rounding" }],
    },
  ],
});
