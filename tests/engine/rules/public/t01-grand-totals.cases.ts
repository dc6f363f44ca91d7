// t01/grand-totals: 收入总计 and 支出总计 of 01, on the 朝阳 sample and on 文旅局 (whose 年初/年末结转和结余
// 52.61 count in both), as published and with a 总计 changed.
import { t01GrandTotals } from "../../../../src/engine/rules/public/t01-grand-totals";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t01GrandTotals, {
  valid: [
    { name: "the sample: 总计 2259.73 on both sides", tables: () => sample() },
    { name: "文旅局 as published: 结转和结余 counted on both sides", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "swapped digits in 收入总计: wrong against its parts and against 支出总计",
      tables: () => sample([["01", "in.grand", "amount", "2,295.73"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "01", "in.grand", "amount"), severity: "error" },
        { messageId: "mismatch", cell: addressOf(tables, "01", "out.grand", "amount"), severity: "error" },
      ],
    },
    {
      name: "文旅局's 年末结转和结余 37 too high: 支出总计 is short of its parts",
      tables: () => realTables("2025-putuo-wenlvju", [["01", "out.carryOut", "amount", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "01", "out.grand", "amount"), severity: "error" }],
    },
    {
      name: "a 年初结转和结余 of 0.01 left out of 收入总计: a 尾差",
      tables: () => sample([["01", "in.carryIn", "amount", "0.01"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "01", "in.grand", "amount"), severity: "rounding" }],
    },
    {
      name: "支出总计 left blank: fill offers it once",
      tables: () => sample([["01", "out.grand", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "01", "out.grand", "amount"), severity: "info" }],
    },
  ],
});
