// t04/grand-totals: 04's 收入总计 and 支出总计 (each column) and their balance, on the 朝阳 sample and on 文旅局.
import { t04GrandTotals } from "../../../../src/engine/rules/public/t04-grand-totals";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t04GrandTotals, {
  valid: [
    { name: "the sample: 总计 2259.73 on both sides and in each column", tables: () => sample() },
    { name: "文旅局 as published", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "swapped digits in 支出总计: wrong against its parts and against 收入总计",
      tables: () => sample([["04", "out.grand", "total", "2,295.73"]]),
      findings: (tables) => [
        { messageId: "mismatch", cell: addressOf(tables, "04", "out.grand", "total"), severity: "error" },
        { messageId: "mismatch", cell: addressOf(tables, "04", "out.grand", "total"), severity: "error" },
      ],
    },
    {
      name: "a 年初财政拨款结转和结余 left out of 收入总计",
      tables: () => sample([["04", "in.carryIn", "amount", "5.00"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "in.grand", "amount"), severity: "error" }],
    },
    {
      name: "a 年末 0.01 in the 一般公共预算 column left out of 支出总计: a 尾差 in both columns",
      tables: () => sample([["04", "out.carryOut", "gpb", "0.01"]]),
      findings: (tables) => [
        { messageId: "rounding", cell: addressOf(tables, "04", "out.grand", "total"), severity: "rounding" },
        { messageId: "rounding", cell: addressOf(tables, "04", "out.grand", "gpb"), severity: "rounding" },
      ],
    },
    {
      name: "收入总计 left blank: fill offers it once",
      tables: () => sample([["04", "in.grand", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "04", "in.grand", "amount"), severity: "info" }],
    },
  ],
});
