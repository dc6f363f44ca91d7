// t04/income-total: 04's 本年收入合计 is the sum of its three 财政拨款 rows, on the 朝阳 sample and on 文旅局
// (一般公共预算 and 政府性基金), as published and with a figure changed.
import { t04IncomeTotal } from "../../../../src/engine/rules/public/t04-income-total";
import { ruleCases } from "../harness";
import { realTables } from "./real";
import { sample } from "./sample";
import { addressOf } from "./tables";

export const cases = ruleCases(t04IncomeTotal, {
  valid: [
    { name: "the sample: 本年收入合计 2259.73 = 一般公共预算财政拨款 2259.73", tables: () => sample() },
    { name: "文旅局 as published: 一般公共预算 + 政府性基金", tables: () => realTables("2025-putuo-wenlvju") },
  ],
  invalid: [
    {
      name: "swapped digits in 本年收入合计 (2259.73 → 2259.37)",
      tables: () => sample([["04", "in.total", "amount", "2,259.37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "in.total", "amount"), severity: "error" }],
    },
    {
      name: "文旅局's 政府性基金预算财政拨款 37 too high",
      tables: () => realTables("2025-putuo-wenlvju", [["04", "in.gov", "amount", "+37"]]),
      findings: (tables) => [{ messageId: "mismatch", cell: addressOf(tables, "04", "in.total", "amount"), severity: "error" }],
    },
    {
      name: "一般公共预算财政拨款 0.01 short: a 尾差",
      tables: () => sample([["04", "in.gpb", "amount", "2,259.72"]]),
      findings: (tables) => [{ messageId: "rounding", cell: addressOf(tables, "04", "in.total", "amount"), severity: "rounding" }],
    },
    {
      name: "本年收入合计 left blank: fill offers 2259.73",
      tables: () => sample([["04", "in.total", "amount", ""]]),
      findings: (tables) => [{ messageId: "fillable", cell: addressOf(tables, "04", "in.total", "amount"), severity: "info" }],
    },
  ],
});
